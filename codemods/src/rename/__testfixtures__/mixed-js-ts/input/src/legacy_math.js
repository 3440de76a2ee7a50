export function add_vat(net_amount) {
  return net_amount * 1.2;
}
