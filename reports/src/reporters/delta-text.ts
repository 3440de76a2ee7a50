import { createColors } from 'picocolors';
import {
  formatDelta,
  formatScore,
  type CategoryCounts,
  type Delta,
  type ModuleDelta,
  type ModuleSnapshot,
} from '@upkeep/core';
import { fixedMessages, introducedMessages, plural } from './delta-order.js';

export interface DeltaTextOptions {
  colors: boolean;
}

const RULER = '-'.repeat(70);
const SHORT: readonly [keyof CategoryCounts, string][] = [
  ['fatal', 'F'],
  ['error', 'E'],
  ['warning', 'W'],
  ['refactor', 'R'],
  ['convention', 'C'],
];

function rated(side: ModuleSnapshot | null): string {
  if (side === null) return 'n/a';
  return side.score === null ? 'n/a' : `${formatScore(side.score)}/10`;
}

function countsChange(module: ModuleDelta): string {
  const parts = SHORT.flatMap(([key, letter]) => {
    const before = module.before?.counts[key] ?? 0;
    const after = module.after?.counts[key] ?? 0;
    return before === 0 && after === 0 ? [] : [`${letter} ${before}→${after}`];
  });
  return parts.length === 0 ? '' : `  [${parts.join(', ')}]`;
}

/** "src/new.ts, renamed from src/old.ts: 8.10/10 (6.40/10 before, +1.70)" */
export function moduleLine(module: ModuleDelta): string {
  const name = module.previousPath === undefined ? module.path : `${module.path}, renamed from ${module.previousPath}`;
  if (module.change === 'added') return `${name}: ${rated(module.after)} (new module)`;
  if (module.change === 'deleted') return `${name}: deleted (${rated(module.before)} before)`;
  const delta = formatDelta(module.before?.score ?? null, module.after?.score ?? null);
  return `${name}: ${rated(module.after)} (${rated(module.before)} before${delta === 'n/a' ? '' : `, ${delta}`})`;
}

/**
 * The Delta in pylint's style: the new messages by module (`path:line:col: C rule text`), each
 * changed module's score with its score before, the counts by category, then the project rating
 * before and after and the gate verdict.
 */
export function formatDeltaText(delta: Delta, options: DeltaTextOptions): string {
  const c = createColors(options.colors);
  const out: string[] = [];
  const introduced = introducedMessages(delta);
  let current = '';
  for (const { path, message } of introduced) {
    if (path !== current) out.push(c.bold(`************* Module ${path} (new messages)`));
    current = path;
    const where = message.onChangedLine ? '' : ' (on an unchanged line)';
    out.push(
      `${path}:${message.line}:${message.column}: ${message.category} ${message.ruleId} ${message.message}${where}`,
    );
  }
  if (out.length > 0) out.push('');
  if (delta.modules.length === 0) out.push('No JavaScript or TypeScript module changed.');
  for (const module of delta.modules) out.push(`${moduleLine(module)}${countsChange(module)}`);
  const onChanged = introduced.filter(({ message }) => message.onChangedLine).length;
  out.push(
    '',
    `${plural(onChanged, 'new message')} on changed lines, ${introduced.length - onChanged} elsewhere; ${fixedMessages(delta).length} fixed`,
    RULER,
    ratingLine(delta),
  );
  if (delta.gate !== undefined) {
    if (delta.gate.passed)
      out.push(c.green(`gate passed: ${plural(Object.keys(delta.gate.conditions).length, 'condition')} met`));
    else
      out.push(
        c.red(`gate failed: ${plural(delta.gate.failures.length, 'condition')} not met`),
        ...delta.gate.failures.map((f) => `  ${f.message}`),
      );
  }
  return `${out.join('\n')}\n`;
}

function ratingLine(delta: Delta): string {
  const { before, after } = delta.total;
  if (after.score === null) return 'Your code has no statements to rate (n/a)';
  const change = formatDelta(before.score, after.score);
  return `Your code has been rated at ${formatScore(after.score)}/10 (${formatScore(before.score)}${before.score === null ? '' : '/10'} before${change === 'n/a' ? '' : `, ${change}`})`;
}
