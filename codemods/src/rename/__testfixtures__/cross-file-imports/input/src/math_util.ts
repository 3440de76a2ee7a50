// Adds things up.
export function add_numbers(first_value: number, second_value: number): number {
  return first_value + second_value; // keep this comment
}

export const default_step = 2;
