import { formatDelta, formatScore, type Trend } from '@upkeep/core';
import { shortCommit, shortDate, trendHeadline } from './trend-summary.js';

/** Text for a table cell: pipes and line breaks would end the cell or the row. */
function md(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/([<>*_`[\]])/g, '\\$1');
}

/** A markdown summary of the trend: headline, notes, the commits that moved the score, modules that moved, worst modules now, every point. */
export function formatTrendMarkdown(trend: Trend): string {
  const { first, last, text } = trendHeadline(trend);
  const out: string[] = [];
  out.push(`## upkeep trend: ${md(trend.branch)}`, '');
  out.push(
    `**${text}** from ${shortDate(first.date)} (${shortCommit(first.commit)}) to ${shortDate(last.date)} (${shortCommit(last.commit)}), ${trend.points.length} point${trend.points.length === 1 ? '' : 's'}`,
    '',
  );
  // notes come written for markdown: our code spans stay markup, the user's text in them is escaped
  for (const note of trend.notes) out.push(`- ${note.markdown}`);
  out.push('');
  if (trend.movers.length > 0) {
    out.push(
      '### Commits that moved the score most',
      '',
      '| date | commit | subject | author | before | after | Δ |',
      '|---|---|---|---|---|---|---|',
    );
    for (const mover of trend.movers) {
      const folded = mover.commits > 1 ? ` (+${mover.commits - 1} earlier commits)` : '';
      out.push(
        `| ${shortDate(mover.date)} | ${shortCommit(mover.commit)} | ${md(mover.subject)}${folded} | ${md(mover.author)} | ${formatScore(mover.before)} | ${formatScore(mover.after)} | ${formatDelta(mover.before, mover.after)} |`,
      );
    }
    out.push('');
  }
  for (const [title, changes] of [
    ['Most improved modules', trend.modules.improved],
    ['Most regressed modules', trend.modules.regressed],
  ] as const) {
    if (changes.length === 0) continue;
    out.push(`### ${title} (first → last point)`, '', '| module | before | after | Δ |', '|---|---|---|---|');
    for (const change of changes) {
      const renamed = change.previousPath ? ` (was ${md(change.previousPath)})` : '';
      out.push(
        `| ${md(change.path)}${renamed} | ${formatScore(change.before)} | ${formatScore(change.after)} | ${formatDelta(change.before, change.after)} |`,
      );
    }
    out.push('');
  }
  if (trend.modules.added + trend.modules.removed > 0)
    out.push(
      `${trend.modules.added} module${trend.modules.added === 1 ? '' : 's'} added and ${trend.modules.removed} removed between the first and the last point.`,
      '',
    );
  if (trend.worst.length > 0) {
    out.push(
      `### Worst modules now (${trend.worst.length})`,
      '',
      '| module | score | statements | E | W | R | C |',
      '|---|---|---|---|---|---|---|',
    );
    for (const module of trend.worst) {
      const c = module.counts;
      out.push(
        `| ${md(module.path)}${module.parseable ? '' : ' (does not parse)'} | ${formatScore(module.score)} | ${module.statements} | ${c.error} | ${c.warning} | ${c.refactor} | ${c.convention} |`,
      );
    }
    out.push('');
  }
  out.push(...allPoints(trend));
  return `${out.join('\n').trimEnd()}\n`;
}

/** Every point, oldest first, as the HTML report lists them: its commit, score, size and what changed since the previous point. */
function allPoints(trend: Trend): string[] {
  const out = [
    `### All ${trend.points.length} point${trend.points.length === 1 ? '' : 's'}`,
    '',
    '| date | commit | subject | score | statements | modules +added −removed ~changed | do not parse |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const point of trend.points) {
    const { added, removed, modified } = point.changes;
    const subject = `${md(point.subject)}${point.merge ? ' (merge)' : ''}${point.commits > 1 ? ` (+${point.commits - 1} earlier commits)` : ''}`;
    const broken = point.unparseable.map(md).join(', ');
    out.push(
      `| ${shortDate(point.date)} | ${shortCommit(point.commit)} | ${subject} | ${formatScore(point.score)} | ${point.statements} | +${added} −${removed} ~${modified} | ${broken} |`,
    );
  }
  out.push('');
  return out;
}
