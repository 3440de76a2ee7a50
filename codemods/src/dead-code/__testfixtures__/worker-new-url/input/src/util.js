export function prefix(hex) {
  return hex.slice(0, 8);
}

export function unusedHelper() {
  return 1;
}
