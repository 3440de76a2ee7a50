export class ShoppingCart {
  private item_count = 0;

  addItem(unitPrice: number): number {
    this.item_count += 1;
    return this.applyDiscount(unitPrice);
  }

  private applyDiscount(rawPrice: number): number {
    return this.item_count > 3 ? rawPrice * 0.9 : rawPrice;
  }
}
