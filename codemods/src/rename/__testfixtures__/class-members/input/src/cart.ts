export class shopping_cart {
  private item_count = 0;

  add_item(unit_price: number): number {
    this.item_count += 1;
    return this.apply_discount(unit_price);
  }

  private apply_discount(raw_price: number): number {
    return this.item_count > 3 ? raw_price * 0.9 : raw_price;
  }
}
