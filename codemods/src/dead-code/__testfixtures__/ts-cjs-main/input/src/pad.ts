export function pad(s: string): string {
  return s.padStart(4, '0');
}
