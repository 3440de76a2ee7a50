import { formatDelta, formatScore } from '@upkeep/core';
import type { CodemodResult } from './run.js';

export interface FormatOptions {
  /** print the unified diff before the summary (dry runs) */
  diff: boolean;
}

/** The human-readable report of a codemod run: summary, skips, verification, score delta. */
export function formatCodemodResult(result: CodemodResult, options: FormatOptions): string {
  const lines: string[] = [];
  if (result.recovered.length > 0) {
    lines.push(`restored ${result.recovered.length} file(s) left half-written by an interrupted run: ${result.recovered.join(', ')}`);
  }
  if (options.diff && result.diff) lines.push(result.diff.trimEnd());
  lines.push(...result.summary);
  if (result.skips.length > 0) {
    lines.push('skipped:');
    for (const skip of result.skips) lines.push(`  ${skip.path}:${skip.line} ${skip.subject}: ${skip.detail}`);
  }
  if (result.unparsable.length > 0) lines.push(`left untouched (do not parse): ${result.unparsable.join(', ')}`);
  lines.push(...verificationLines(result));
  if (result.status === 'unchanged') lines.push('nothing to change');
  if (result.status === 'dry-run') lines.push(`dry run: ${result.changes.length} file(s) would change; nothing was written`);
  if (result.status === 'rejected') lines.push(`not applied: ${result.rejection}; nothing was changed`);
  if (result.status === 'applied') lines.push(`changed ${result.changes.length} file(s)`);
  if (result.score) {
    for (const module of result.score.modules) {
      lines.push(`${module.path}: ${formatScore(module.after)}/10 (${formatScore(module.before)}/10 before, ${formatDelta(module.before, module.after)})`);
    }
    const { before, after } = result.score.total;
    lines.push(`Your code has been rated at ${formatScore(after)}/10 (${formatScore(before)}/10 before, ${formatDelta(before, after)})`);
  }
  return `${lines.join('\n')}\n`;
}

function verificationLines(result: CodemodResult): string[] {
  const lines: string[] = [];
  const { typeCheck, parse, command } = result.verification;
  for (const failure of parse) lines.push(`parse: ${failure.path} would no longer parse: ${failure.errors.slice(0, 3).join('; ')}`);
  if (result.changes.length > 0 && parse.length === 0) lines.push('parse: every changed file parses');
  if (typeCheck) {
    const config = typeCheck.configFile ?? 'allowJs defaults';
    if (typeCheck.introduced.length === 0) {
      lines.push(`type-check (${config}): no new errors (${typeCheck.before} before, ${typeCheck.after} after)`);
    } else {
      lines.push(`type-check (${config}): ${typeCheck.introduced.reduce((n, d) => n + d.count, 0)} new error(s):`);
      for (const d of typeCheck.introduced) lines.push(`  ${d.path}:${d.line} TS${d.code} ${d.message}`);
    }
  }
  if (command) {
    lines.push(command.passed ? `tests: \`${command.command}\` passed` : `tests: \`${command.command}\` failed with exit code ${command.exitCode}:`);
    if (!command.passed) lines.push(...command.output.split('\n').map((line) => `  ${line}`));
  }
  return lines;
}
