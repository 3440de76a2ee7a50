export * from './math_util.js';
export { addNumbers as sumUp } from './math_util.js';
