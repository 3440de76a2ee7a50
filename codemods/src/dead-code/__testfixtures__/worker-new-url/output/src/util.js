export function prefix(hex) {
  return hex.slice(0, 8);
}
