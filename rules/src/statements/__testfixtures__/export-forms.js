// Statement counting fixture: every form of export counts once, with what it declares.
// Expected statements: 13
// A line ending in "// n" starts n statements; every other line starts none.
import * as helpers from './helpers.js'; // 1

export const a = 1, b = 2; // 1
export let pending; // 1
export function run() { // 1
  return helpers.start(a + b); // 1
}
export class Job { // 1
  id = 0; // 1 (a class field)
}
export { a as first, b as second }; // 1
export * from './more.js'; // 1
export * as tools from './tools.js'; // 1
export { default as legacy } from './legacy.js'; // 1
export default class { // 1 (an anonymous default class: one statement with its export)
  start() {} // 1 (an empty method still counts)
}
