import os
def ComputeTotal(Items):
    Total = 0
    for i in Items:
        Total += i
    return Total
class shopping_cart:
    def __init__(self):
        self.items = []
    def Add(self, item):
        self.items.append(item)
    def describe(self):
        return "a cart with " + str(len(self.items)) + " items, stored under the directory " + os.getcwd() + "."
