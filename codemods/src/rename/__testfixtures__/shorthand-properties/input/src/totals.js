function make_total(line_items) {
  return line_items.reduce((sum, item) => sum + item.price, 0);
}

const tax_rate = 0.2;

// the object's keys are part of its shape: they stay, the locals are renamed
export const totals = { make_total, tax_rate };
