import { add_numbers, default_step } from './barrel.js';
import { sum_up } from './barrel.js';

export function run_main(): number {
  const total_count = add_numbers(1, default_step);
  return sum_up(total_count, 3);
}
