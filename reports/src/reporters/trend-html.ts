import { formatDelta, formatScore, type Trend } from '@upkeep/core';
import { trendChartScript } from './trend-html-script.js';
import { TREND_CSS } from './trend-html-style.js';
import { shortCommit, shortDate, trendHeadline } from './trend-summary.js';

export interface TrendHtmlOptions {
  /** the Chart.js UMD build, inlined so the file works offline (see loadChartJsSource) */
  chartJs: string;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Script text that cannot end its <script> element early nor open a comment. */
function inlineScript(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** JSON safe inside <script type="application/json">: no "<" at all, so no "</script>". */
function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function table(caption: string, head: string[], rows: string[][], empty: string): string {
  if (rows.length === 0)
    return `<section><h2>${escapeHtml(caption)}</h2><p class="empty">${escapeHtml(empty)}</p></section>`;
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<section><h2>${escapeHtml(caption)}</h2><table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></section>`;
}

function delta(before: number, after: number): string {
  const text = formatDelta(before, after);
  const kind = after > before ? 'up' : after < before ? 'down' : 'flat';
  return `<span class="delta ${kind}">${escapeHtml(text)}</span>`;
}

/** A date or a commit hash is one token: it never wraps inside (`2024-01-31` split at a hyphen, a hash split anywhere). */
function date(iso: string): string {
  return `<span class="token">${escapeHtml(shortDate(iso))}</span>`;
}

function commit(hash: string): string {
  return `<code class="token">${escapeHtml(shortCommit(hash))}</code>`;
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

/**
 * A note's markdown form as HTML. That form has two kinds of markup only: upkeep's own `code`
 * spans, and backslash escapes in the user's text (a branch, a date, a path), which never sits in
 * a code span; every character is HTML-escaped.
 */
export function noteHtml(markdown: string): string {
  let html = '';
  let inCode = false;
  for (let index = 0; index < markdown.length; index++) {
    const char = markdown[index]!;
    if (char === '\\' && !inCode && index + 1 < markdown.length) {
      html += escapeHtml(markdown[++index]!);
    } else if (char === '`') {
      html += inCode ? '</code>' : '<code>';
      inCode = !inCode;
    } else {
      html += escapeHtml(char);
    }
  }
  return inCode ? `${html}</code>` : html;
}

/**
 * The trend as one self-contained HTML file: the data and Chart.js inline, no request leaves the
 * page. Charts: the total score (the commits that moved it most marked), one line per package or
 * top-level directory, stacked message counts by category; tables: those commits, the modules
 * that improved and regressed most, the worst modules now, every point. Prints readably.
 */
export function formatTrendHtml(trend: Trend, options: TrendHtmlOptions): string {
  const { first, last, text } = trendHeadline(trend);
  const title = `upkeep trend: ${trend.branch}`;
  const movers = table(
    'Commits that moved the score most',
    ['date', 'commit', 'subject', 'author', 'before', 'after', 'Δ'],
    trend.movers.map((m) => [
      date(m.date),
      commit(m.commit),
      escapeHtml(m.subject) +
        (m.merge ? ' <span class="tag">merge</span>' : '') +
        (m.commits > 1
          ? ` <span class="muted">(with ${m.commits - 1} earlier commit${m.commits === 2 ? '' : 's'})</span>`
          : ''),
      escapeHtml(m.author),
      formatScore(m.before),
      formatScore(m.after),
      delta(m.before, m.after),
    ]),
    'No commit in the range moved the score.',
  );
  const moduleRows = (changes: Trend['modules']['improved']): string[][] =>
    changes.map((c) => [
      code(c.path) + (c.previousPath ? ` <span class="muted">(was ${code(c.previousPath)})</span>` : ''),
      formatScore(c.before),
      formatScore(c.after),
      delta(c.before, c.after),
    ]);
  const improved = table(
    'Most improved modules (first → last point)',
    ['module', 'before', 'after', 'Δ'],
    moduleRows(trend.modules.improved),
    'No module present at both ends improved.',
  );
  const regressed = table(
    'Most regressed modules (first → last point)',
    ['module', 'before', 'after', 'Δ'],
    moduleRows(trend.modules.regressed),
    'No module present at both ends regressed.',
  );
  const worst = table(
    `Worst modules now (${trend.worst.length})`,
    ['module', 'score', 'statements', 'F', 'E', 'W', 'R', 'C'],
    trend.worst.map((w) => [
      code(w.path) + (w.parseable ? '' : ' <span class="tag">does not parse</span>'),
      formatScore(w.score),
      String(w.statements),
      ...[w.counts.fatal, w.counts.error, w.counts.warning, w.counts.refactor, w.counts.convention].map(String),
    ]),
    'No scored module at the last point.',
  );
  const points = trend.points.map((p) => [
    date(p.date),
    commit(p.commit),
    escapeHtml(p.subject) + (p.merge ? ' <span class="tag">merge</span>' : ''),
    formatScore(p.score),
    String(p.statements),
    `+${p.changes.added} −${p.changes.removed} ~${p.changes.modified}`,
    p.unparseable.length ? p.unparseable.map(code).join(' ') : '',
  ]);
  const notes = trend.notes.map((note) => `<li>${noteHtml(note.markdown)}</li>`).join('\n');
  const churn =
    trend.modules.added + trend.modules.removed > 0
      ? `<p class="muted">${trend.modules.added} module${trend.modules.added === 1 ? '' : 's'} added and ${trend.modules.removed} removed between the first and the last point.</p>`
      : '';
  const groupWord = trend.groups.kind === 'package' ? 'package' : 'top-level directory';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="upkeep ${escapeHtml(trend.tool.version)}">
<title>${escapeHtml(title)}</title>
<style>${TREND_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="headline"><strong>${escapeHtml(text)}</strong></p>
<p class="muted">${date(first.date)} (${commit(first.commit)}) → ${date(last.date)} (${commit(last.commit)}) · ${trend.points.length} point${trend.points.length === 1 ? '' : 's'} · ESLint config ${code(trend.config.eslintConfig)} · upkeep ${escapeHtml(trend.tool.version)}</p>
<ul class="notes">
${notes}
</ul>
</header>
<main>
<section class="chart"><h2>Score over time</h2><p class="muted">Large red points mark the commits that moved the score most (table below). Hover a point for its commit.</p><div class="canvas"><canvas id="score-chart" role="img" aria-label="Total score over time"></canvas></div></section>
<section class="chart"><h2>Score by ${groupWord}</h2><div class="canvas"><canvas id="groups-chart" role="img" aria-label="Score by ${groupWord} over time"></canvas></div></section>
<section class="chart"><h2>Messages by category</h2><div class="canvas"><canvas id="counts-chart" role="img" aria-label="Message counts by category over time"></canvas></div></section>
${movers}
${improved}
${regressed}
${churn}
${worst}
<section><details class="all-points"><summary>All ${trend.points.length} points</summary>
<table><thead><tr><th>date</th><th>commit</th><th>subject</th><th>score</th><th>statements</th><th>modules +added −removed ~changed</th><th>do not parse</th></tr></thead><tbody>
${points.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></details></section>
</main>
<div id="tooltip" role="tooltip" hidden></div>
<script type="application/json" id="trend-data">${inlineJson(trend)}</script>
<script>${inlineScript(options.chartJs)}</script>
<script>${inlineScript(trendChartScript)}</script>
</body>
</html>
`;
}
