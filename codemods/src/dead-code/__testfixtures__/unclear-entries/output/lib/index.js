import { helper } from './helper.js';

export function api() {
  return helper();
}
