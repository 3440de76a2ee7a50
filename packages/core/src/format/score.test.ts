import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatDelta, formatScore } from './score.js';

/** How Python printed each value with f"{x:.2f}" and f"{x:+.2f}" (scripts/pylint/python-format-cases.py). */
const PythonFormat = z.object({
  python: z.string(),
  cases: z.array(z.tuple([z.string(), z.string(), z.string()])),
});
const python = PythonFormat.parse(
  JSON.parse(readFileSync(new URL('../__fixtures__/python-format.json', import.meta.url), 'utf8')),
);

describe('formatScore', () => {
  it('prints two decimals', () => {
    expect(formatScore(10)).toBe('10.00');
    expect(formatScore(0)).toBe('0.00');
    expect(formatScore(3)).toBe('3.00');
    expect(formatScore(10 - (1 / 3) * 10)).toBe('6.67');
    expect(formatScore(7.146)).toBe('7.15');
    expect(formatScore(9.994)).toBe('9.99');
    expect(formatScore(9.996)).toBe('10.00');
  });

  it('rounds an exact tie to the even hundredth', () => {
    expect(formatScore(5.625)).toBe('5.62');
    expect(formatScore(9.125)).toBe('9.12');
    expect(formatScore(0.125)).toBe('0.12');
    expect(formatScore(9.375)).toBe('9.38');
    expect(formatScore(0.375)).toBe('0.38');
  });

  it('rounds the binary value, which is rarely the decimal written in the source', () => {
    // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875
    expect(formatScore(2.675)).toBe('2.67');
    // 1.005 is stored as 1.00499999999999989341858963598497211933135986328125
    expect(formatScore(1.005)).toBe('1.00');
    // 0.015 is stored as 0.01499999999999999944488848768742172978818416595458984375
    expect(formatScore(0.015)).toBe('0.01');
    // 0.005 is stored as 0.005000000000000000104083408558608425664715468883514404296875
    expect(formatScore(0.005)).toBe('0.01');
  });

  it('keeps the sign of negative values, as Python does, even when they round to zero', () => {
    expect(formatScore(-2.5)).toBe('-2.50');
    expect(formatScore(-5.625)).toBe('-5.62');
    expect(formatScore(-0.001)).toBe('-0.00');
    expect(formatScore(-0)).toBe('-0.00');
  });

  it('prints huge, tiny and non-finite values as Python does', () => {
    expect(formatScore(1e22)).toBe('10000000000000000000000.00');
    expect(formatScore(-1e21)).toBe('-1000000000000000000000.00');
    expect(formatScore(5e-324)).toBe('0.00');
    expect(formatScore(Number.POSITIVE_INFINITY)).toBe('inf');
    expect(formatScore(Number.NEGATIVE_INFINITY)).toBe('-inf');
    expect(formatScore(Number.NaN)).toBe('nan');
  });

  it('prints "n/a" for a module without statements', () => {
    expect(formatScore(null)).toBe('n/a');
  });

  it(`prints exactly what Python ${python.python} prints for ${python.cases.length} doubles`, () => {
    const mismatches = python.cases
      .filter(([value, printed]) => formatScore(Number(value)) !== printed)
      .map(([value, printed]) => `${value}: Python ${printed}, upkeep ${formatScore(Number(value))}`);
    expect(mismatches).toEqual([]);
  });
});

describe('formatDelta', () => {
  it('prints the signed difference with two decimals', () => {
    expect(formatDelta(7.15, 9.13)).toBe('+1.98');
    expect(formatDelta(8, 7.5)).toBe('-0.50');
    expect(formatDelta(4.12, 4.12)).toBe('+0.00');
  });

  it('rounds the difference of the unrounded scores, not the difference of the printed ones', () => {
    // printed 7.14 and 7.15, but the score moved by 0.002
    expect(formatDelta(7.144, 7.146)).toBe('+0.00');
    // printed 5.63 twice, but the score moved by 0.008
    expect(formatDelta(5.626, 5.634)).toBe('+0.01');
    // a drop too small to show keeps its sign, as pylint prints it
    expect(formatDelta(7.146, 7.144)).toBe('-0.00');
  });

  it('prints "n/a" when either score is missing', () => {
    expect(formatDelta(null, 5)).toBe('n/a');
    expect(formatDelta(5, null)).toBe('n/a');
    expect(formatDelta(null, null)).toBe('n/a');
  });

  it(`prints exactly what Python ${python.python} prints with "+.2f"`, () => {
    const mismatches = python.cases
      .filter(([value, , printed]) => formatDelta(0, Number(value)) !== printed)
      .map(([value, , printed]) => `${value}: Python ${printed}, upkeep ${formatDelta(0, Number(value))}`);
    expect(mismatches).toEqual([]);
  });
});
