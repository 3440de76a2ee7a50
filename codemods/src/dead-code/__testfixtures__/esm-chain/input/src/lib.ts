// Shared routines.
// This header comment stays.

import { format } from './format.js';

const TABLE = [1, 2, 3];
const timer = setInterval(() => undefined, 1000);

function helperOfHelper(n: number): number {
  return n * 2;
}

export function unusedHelper(n: number): string {
  return format(helperOfHelper(n));
}

export function used(n: number): number {
  return n + 1;
  console.log('never');
}

export function onlyLocal(): number {
  return 1;
}

export const answer = onlyLocal();

class Cache {
  private hits = 0;
  #misses = 0;
  private stale(): void {}
  get size(): number {
    return this.hits;
  }
}

export { Cache, TABLE };
