import { pad } from './pad';

export function format(n: number): string {
  return pad(String(n));
}

export function internalOnly(): number {
  return 1;
}
