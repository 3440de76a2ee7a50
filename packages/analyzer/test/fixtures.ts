/** Small modules whose statements and messages are counted by hand in the comments. */

/** A flat config with three rules whose categories the tests pin, so the numbers do not depend on a preset. */
export const COUNTING_CONFIG = `export default [
  { files: ['**/*.js', '**/*.ts'], rules: { 'no-debugger': 'error', eqeqeq: 'error', 'no-var': 'error' } },
];
`;
export const COUNTING_CATEGORIES = { 'no-debugger': 'E', eqeqeq: 'W', 'no-var': 'C' } as const;

/** 10 statements, 1 error (debugger), 2 warnings (==): 10 - (5·1 + 2) / 10 · 10 = 3.00 */
export const TEN_STATEMENTS = `const a = 1;
let b = 2;
if (a == b) {
  b = 3;
}
function f(x) {
  debugger;
  return x == 1;
}
f(a);
console.log(b);
export { a };
`;

/** 4 statements, no message: 10.00 */
export const CLEAN = `import { a } from './a.js';
const twice = a * 2;
console.log(twice);
export default twice;
`;

/** does not parse: a syntax-error message (E) at 2:1 */
export const BROKEN = `function broken( {
`;

/** only comments: 0 statements, n/a */
export const COMMENTS_ONLY = `// nothing here yet
/* still nothing */
`;
