import { addNumbers, defaultStep } from './barrel.js';
import { sumUp } from './barrel.js';

export function runMain(): number {
  const totalCount = addNumbers(1, defaultStep);
  return sumUp(totalCount, 3);
}
