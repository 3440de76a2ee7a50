/**
 * Prints a double with two decimals exactly as Python's `f"{x:.2f}"` (and `f"{x:+.2f}"` with
 * `plus`): the exact binary value is rounded to the nearest hundredth, a true tie goes to the even
 * hundredth, and the sign of negative values (even -0 and values that round to zero) is kept.
 *
 * Why `toFixed(100)` gives the exact decimal value: a finite double is m·2^k with integers
 * m < 2^53 and k. When |x| ≥ 2^-47, 2^k = |x|/m > 2^-100, so k ≥ -99 and x = m·5^-k / 10^-k has at
 * most 99 decimals, which `toFixed(100)` prints exactly (the spec defines it on the mathematical
 * value). When |x| < 2^-47 (< 10^-14) the printed value starts with fourteen zero decimals, so
 * the rounding below reads a 0 in the third decimal and gives 0.00, which is the correct result.
 * From 10^21 on `toFixed` switches to exponent notation, but such doubles are integers.
 */
export function formatTwoDecimals(value: number, plus: boolean): string {
  const sign = value < 0 || Object.is(value, -0) ? '-' : plus ? '+' : '';
  if (Number.isNaN(value)) return `${plus ? '+' : ''}nan`;
  const magnitude = Math.abs(value);
  if (magnitude === Number.POSITIVE_INFINITY) return `${sign}inf`;
  if (magnitude >= 1e21) return `${sign}${BigInt(magnitude).toString()}.00`;
  const [whole = '0', decimals = ''] = magnitude.toFixed(100).split('.');
  const hundredths = BigInt(whole + decimals.slice(0, 2));
  const rest = decimals.slice(2);
  const first = rest[0] ?? '0';
  const aboveHalf = first > '5' || (first === '5' && /[1-9]/.test(rest.slice(1)));
  const tieToOdd = first === '5' && !aboveHalf && hundredths % 2n === 1n;
  const rounded = aboveHalf || tieToOdd ? hundredths + 1n : hundredths;
  const digits = rounded.toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
