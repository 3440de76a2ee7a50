import { formatDelta, formatScore, type Trend, type TrendPoint } from '@upkeep/core';

/** Figures every trend format states the same way: first and last point, the change between them. */
export interface TrendHeadline {
  first: TrendPoint;
  last: TrendPoint;
  /** "6.41/10 → 6.58/10 (+0.17)" */
  text: string;
}

export function trendHeadline(trend: Trend): TrendHeadline {
  const first = trend.points[0]!;
  const last = trend.points[trend.points.length - 1]!;
  const text =
    trend.points.length === 1
      ? `${formatScore(last.score)}/10`
      : `${formatScore(first.score)}/10 → ${formatScore(last.score)}/10 (${formatDelta(first.score, last.score)})`;
  return { first, last, text };
}

export function shortCommit(commit: string): string {
  return commit.slice(0, 10);
}

export function shortDate(date: string): string {
  return date.slice(0, 10);
}
