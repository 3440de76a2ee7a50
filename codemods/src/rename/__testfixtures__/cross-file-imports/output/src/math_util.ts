// Adds things up.
export function addNumbers(firstValue: number, secondValue: number): number {
  return firstValue + secondValue; // keep this comment
}

export const defaultStep = 2;
