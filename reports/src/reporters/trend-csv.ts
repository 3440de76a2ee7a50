import { formatScore, type Trend } from '@upkeep/core';

const COUNT_COLUMNS = ['fatal', 'error', 'warning', 'refactor', 'convention', 'info'] as const;

/**
 * A cell as RFC 4180 wants it, and safe to open in a spreadsheet: text starting with = + - @ (a
 * commit subject can) would run as a formula, so it gets a leading apostrophe, as OWASP advises.
 */
function cell(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per point, oldest first: the commit, the total score (two decimals, as everywhere in
 * upkeep; empty when there is nothing to score), message counts, module changes, and one
 * `score:<group>` column per package or top-level directory.
 */
export function formatTrendCsv(trend: Trend): string {
  const header = [
    'commit',
    'date',
    'author',
    'subject',
    'merge',
    'commits',
    'score',
    'statements',
    'modules',
    ...COUNT_COLUMNS,
    'added',
    'removed',
    'modified',
    'unparseable',
    ...trend.groups.paths.map((path) => `score:${path}`),
  ];
  const rows = trend.points.map((point) => [
    point.commit,
    point.date,
    point.author,
    point.subject,
    point.merge,
    point.commits,
    point.score === null ? '' : formatScore(point.score),
    point.statements,
    point.modules,
    ...COUNT_COLUMNS.map((key) => point.counts[key]),
    point.changes.added,
    point.changes.removed,
    point.changes.modified,
    point.unparseable.length,
    ...trend.groups.paths.map((path) => {
      const score = point.groups[path];
      return score === null || score === undefined ? '' : formatScore(score);
    }),
  ]);
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
