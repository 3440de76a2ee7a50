// The entry point: everything exported here is public.
import './polyfill.js';
import { used } from './lib.js';
import type { Shape } from './types.js';

export function main(shape: Shape): number {
  return used(shape.size);
}
