export function helper() {
  return 'h';
}

export function maybePublic() {
  return 'p';
}
