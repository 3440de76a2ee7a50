"""Pricing rules that grew without anyone refactoring them."""


def price(base, customer, season, coupon, quantity, region):
    """Return the price after the discounts that apply."""
    if customer == "vip":
        return base * 0.8
    else:
        if season == "winter":
            return base * 0.9
        elif coupon:
            return base - 5
        else:
            return base


def shipping(weight, express):
    """Return the shipping cost."""
    if express == True:
        cost = weight * 2
    else:
        cost = weight
    return cost


def is_heavy(weight):
    """Tell whether a parcel is heavy."""
    if weight > 20:
        return True
    else:
        return False
