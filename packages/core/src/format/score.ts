import { formatTwoDecimals } from './two-decimals.js';

/** A score as pylint prints it (`f"{score:.2f}"`, so 5.625 → "5.62"), or "n/a" for a module without statements. */
export function formatScore(score: number | null): string {
  return score === null ? 'n/a' : formatTwoDecimals(score, false);
}

/**
 * The change between two scores, signed, as pylint prints "(previous run: …, +0.17)": the
 * difference of the unrounded scores, rounded once. "n/a" when either side has no score.
 */
export function formatDelta(before: number | null, after: number | null): string {
  if (before === null || after === null) return 'n/a';
  return formatTwoDecimals(after - before, true);
}
