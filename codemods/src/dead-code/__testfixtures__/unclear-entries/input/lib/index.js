import { helper } from './helper.js';
import { unusedImport } from './other.js';

export function api() {
  const unusedLocal = 1;
  return helper();
}
