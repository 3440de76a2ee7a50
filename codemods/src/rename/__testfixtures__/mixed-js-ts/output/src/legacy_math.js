export function addVat(netAmount) {
  return netAmount * 1.2;
}
