// Shared routines.
// This header comment stays.

setInterval(() => undefined, 1000);

export function used(n: number): number {
  return n + 1;
}

function onlyLocal(): number {
  return 1;
}

onlyLocal();
