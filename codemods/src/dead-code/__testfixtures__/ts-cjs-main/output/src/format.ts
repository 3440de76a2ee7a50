import { pad } from './pad';

export function format(n: number): string {
  return pad(String(n));
}
