function makeTotal(lineItems) {
  return lineItems.reduce((sum, item) => sum + item.price, 0);
}

const taxRate = 0.2;

// the object's keys are part of its shape: they stay, the locals are renamed
export const totals = { make_total: makeTotal, tax_rate: taxRate };
