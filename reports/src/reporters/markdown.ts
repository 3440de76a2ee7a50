import {
  formatDelta,
  formatScore,
  type Delta,
  type GateVerdict,
  type IntroducedMessage,
  type Message,
  type ModuleDelta,
} from '@upkeep/core';
import { byWorstRegression, fixedMessages, introducedMessages, plural, type Located } from './delta-order.js';
import { escapeMarkdown, safeUrl } from './markdown-escape.js';

/** The hidden line that finds upkeep's own comment again, so it is updated instead of duplicated. */
export const COMMENT_MARKER = '<!-- upkeep:pr-comment -->';

/** GitHub's limit on an issue or pull request comment, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  /** longest body allowed (the forge's comment limit); details are cut to fit, with a note */
  maxLength?: number;
  /** the URL of a line of a file at the head, for links; no links without it */
  lineUrl?: (path: string, line: number) => string;
  /** where the full report is, named in the truncation note */
  fullReportHint?: string;
}

const ARROW = '→';

function score(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : formatScore(value);
}

function headline(delta: Delta): string {
  const { before, after } = delta.total;
  const change = formatDelta(before.score, after.score);
  const gate = delta.gate === undefined ? '' : delta.gate.passed ? ' · gate passed' : ' · **gate failed**';
  return `### upkeep: ${score(before.score)}/10 ${ARROW} ${score(after.score)}/10 (${change})${gate}`;
}

function moduleName(module: ModuleDelta): string {
  const name = escapeMarkdown(module.path);
  if (module.change === 'renamed') return `${name} (renamed from ${escapeMarkdown(module.previousPath ?? '')})`;
  if (module.change === 'added') return `${name} (new)`;
  if (module.change === 'deleted') return `${name} (deleted)`;
  return name;
}

function row(module: ModuleDelta): string {
  const change = formatDelta(module.before?.score ?? null, module.after?.score ?? null);
  // a typographic minus and a warning sign make a regression visible at a glance; a drop that
  // rounds to -0.00 keeps pylint's sign but no warning (the gate compares at two decimals too)
  const shown = !change.startsWith('-') ? change : change === '-0.00' ? '−0.00' : `−${change.slice(1)} ⚠`;
  const before = module.before === null ? '' : score(module.before.score);
  const after = module.after === null ? '' : score(module.after.score);
  return `| ${moduleName(module)} | ${before} | ${after} | ${shown} | ${module.introduced.length} | ${module.fixed.length} |`;
}

function messageLine(located: Located<Message | IntroducedMessage>, options: MarkdownOptions, linked: boolean): string {
  const { path, message } = located;
  const place = `${escapeMarkdown(path)}:${message.line}:${message.column}`;
  const where = linked && options.lineUrl ? `[${place}](${safeUrl(options.lineUrl(path, message.line))})` : place;
  return `- ${where} **${message.category}** ${escapeMarkdown(message.ruleId)}: ${escapeMarkdown(message.message)}`;
}

function gateSection(gate: GateVerdict | undefined): string[] {
  if (gate === undefined || gate.passed) return [];
  return [
    '',
    `**The gate failed** (${plural(gate.failures.length, 'condition')}):`,
    ...gate.failures.map((failure) => `- ${escapeMarkdown(failure.message)}`),
  ];
}

function details(summary: string, items: string[], shown: number): string[] {
  if (items.length === 0) return [];
  const cut = items.length - Math.min(shown, items.length);
  return [
    '',
    `<details><summary>${summary}</summary>`,
    '',
    ...items.slice(0, shown),
    ...(cut > 0 ? [`- … ${cut} more not shown`] : []),
    '',
    '</details>',
  ];
}

/** The pull request comment: headline, the gate's reasons, the table of changed modules, new and fixed messages. */
function render(delta: Delta, options: MarkdownOptions, limit: number): string {
  const lines = [COMMENT_MARKER, headline(delta), ...gateSection(delta.gate)];
  if (delta.modules.length === 0) {
    lines.push('', 'No JavaScript or TypeScript module changed: the scores stay as they were.');
    return `${lines.join('\n')}\n`;
  }
  const modules = byWorstRegression(delta.modules);
  const introduced = introducedMessages(delta);
  const onChanged = introduced.filter(({ message }) => message.onChangedLine);
  const elsewhere = introduced.filter(({ message }) => !message.onChangedLine);
  const fixed = fixedMessages(delta);
  lines.push(
    '',
    '| module | before | after | Δ | new | fixed |',
    '|---|---:|---:|---:|---:|---:|',
    ...modules.slice(0, limit).map(row),
  );
  if (modules.length > limit) lines.push(`| … ${modules.length - limit} more modules not shown | | | | | |`);
  lines.push('', `${plural(onChanged.length, 'new message')} on changed lines · ${fixed.length} fixed`);
  lines.push(
    ...details(
      `New messages on changed lines (${onChanged.length})`,
      onChanged.map((m) => messageLine(m, options, true)),
      limit,
    ),
  );
  lines.push(
    ...details(
      `New messages elsewhere in changed modules (${elsewhere.length})`,
      elsewhere.map((m) => messageLine(m, options, true)),
      limit,
    ),
  );
  lines.push(
    ...details(
      `Fixed messages (${fixed.length})`,
      fixed.map((m) => messageLine(m, options, false)),
      limit,
    ),
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The Delta as the markdown of a pull request comment. Everything taken from code is escaped, and
 * the body stays under `maxLength` (GitHub's 65,536 characters by default): lists are shortened,
 * longest first, with a note saying so.
 */
export function formatMarkdown(delta: Delta, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const note = `\n_Shortened to fit the comment limit; ${options.fullReportHint ?? 'run `upkeep diff` for the full report'}._\n`;
  const full = render(delta, options, Number.POSITIVE_INFINITY);
  if (full.length <= maxLength) return full;
  // the largest number of items per list that fits, by bisection
  const shortened = (limit: number): string => render(delta, options, limit) + note;
  let low = 0;
  let high = Math.max(delta.modules.length, introducedMessages(delta).length, fixedMessages(delta).length);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (shortened(middle).length <= maxLength) low = middle;
    else high = middle - 1;
  }
  let body = shortened(low);
  // still too long with empty lists (a huge gate failure list): cut at a line boundary
  if (body.length > maxLength) body = `${body.slice(0, maxLength - note.length).replace(/\n[^\n]*$/, '')}\n${note}`;
  return body;
}
