import { createColors } from 'picocolors';
import {
  formatDelta,
  formatScore,
  type Aggregate,
  type Category,
  type ModuleResult,
  type ScoreReport,
} from '@upkeep/core';

export interface TextReportOptions {
  /** ANSI colors (the caller decides: a TTY, no NO_COLOR) */
  colors: boolean;
  /** only the final rating line */
  quiet?: boolean;
}

const RULER = '-'.repeat(70);

/**
 * The score report in pylint's style: messages grouped by module (`path:line:col: C rule-id text`),
 * each module's score with its previous run, files skipped and why, then the rating of the whole.
 */
export function formatText(report: ScoreReport, options: TextReportOptions): string {
  const c = createColors(options.colors);
  const rating = ratingLine(report, c);
  if (options.quiet) return `${rating}\n`;
  const out: string[] = [];
  const paint: Record<Category, (text: string) => string> = {
    F: (t) => c.bold(c.red(t)),
    E: c.red,
    W: c.yellow,
    R: c.magenta,
    C: c.cyan,
    I: c.dim,
  };
  for (const module of report.modules) {
    if (module.messages.length === 0) continue;
    out.push(c.bold(`************* Module ${module.path}`));
    for (const m of module.messages) {
      out.push(`${module.path}:${m.line}:${m.column}: ${paint[m.category](m.category)} ${m.ruleId} ${m.message}`);
    }
  }
  if (report.modules.length > 0) {
    if (out.length > 0) out.push('');
    const width = Math.max(...report.modules.map((m) => m.path.length)) + 1;
    for (const module of report.modules)
      out.push(`${`${module.path}:`.padEnd(width)} ${moduleScore(module, report, c)}`);
  }
  if (report.skipped.length > 0) {
    out.push('', `Skipped ${report.skipped.length} path${report.skipped.length === 1 ? '' : 's'}:`);
    for (const skip of report.skipped) out.push(`  ${skip.path}: ${skip.reason} (${skip.detail})`);
  }
  out.push('', summaryLine(report.total, report.modules.length), RULER, rating);
  return `${out.join('\n')}\n`;
}

type Colors = ReturnType<typeof createColors>;

function colorScore(score: number | null, c: Colors): string {
  const text = `${formatScore(score)}${score === null ? '' : '/10'}`;
  if (score === null) return c.dim(text);
  return score >= 8 ? c.green(text) : score >= 5 ? c.yellow(text) : c.red(text);
}

function moduleScore(module: ModuleResult, report: ScoreReport, c: Colors): string {
  if (!module.parseable) {
    const where = module.messages.find((m) => m.ruleId === 'syntax-error');
    return `${colorScore(0, c)} (does not parse${where ? `: syntax error at ${where.line}:${where.column}` : ''})`;
  }
  if (module.score === null) return `${colorScore(null, c)} (no statements)`;
  const previous = report.previousRun?.modules[module.path];
  return previous === undefined
    ? colorScore(module.score, c)
    : `${colorScore(module.score, c)} ${previousText(previous, module.score)}`;
}

function previousText(previous: number | null, now: number | null): string {
  const delta = formatDelta(previous, now);
  return `(previous run: ${formatScore(previous)}${previous === null ? '' : '/10'}${delta === 'n/a' ? '' : `, ${delta}`})`;
}

function ratingLine(report: ScoreReport, c: Colors): string {
  const score = report.total.score;
  const at = scoredAt(report);
  if (score === null) return `Your code${at} has no statements to rate (n/a)`;
  const head = `Your code has been rated at ${colorScore(score, c)}${at}`;
  if (report.previousRun) return `${head} ${previousText(report.previousRun.total, score)}`;
  return report.previousRunConfigurationChanged ? `${head} (previous run: another configuration, not compared)` : head;
}

/** ` at v1.2 (1a2b3c4d5e6f)` for a commit scored from git (the ref as given, then the commit), nothing for the work tree. */
function scoredAt(report: ScoreReport): string {
  if (report.source.kind !== 'git') return '';
  const { ref, commit } = report.source;
  const short = commit.slice(0, 12);
  return commit.startsWith(ref) || ref === short ? ` at ${short}` : ` at ${ref} (${short})`;
}

/** The run's counts; modules with no statement (and no error) are listed but not rated, as `total.modules` counts them. */
function summaryLine(total: Aggregate, modules: number): string {
  const k = total.counts;
  const unrated = modules - total.modules;
  const aside = unrated > 0 ? ` (${unrated} with no statements, not rated)` : '';
  return (
    `${modules} module${modules === 1 ? '' : 's'}${aside}, ${total.statements} statements analyzed; messages: ` +
    `${k.fatal} fatal, ${k.error} error, ${k.warning} warning, ${k.refactor} refactor, ${k.convention} convention, ${k.info} info`
  );
}
