export * from './math_util.js';
export { add_numbers as sum_up } from './math_util.js';
