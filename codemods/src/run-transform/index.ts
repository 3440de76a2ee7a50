import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { inScope } from '../runner/files.js';
import type { Codemod, CodemodContext, CodemodPlan, FileChange, Skip } from '../runner/types.js';
import { applyToFile, type TransformFunction } from './apply.js';
import type { LoadedTransform } from './load.js';
import type { TransformOptions } from './options.js';
import { parserFor, type TransformParser } from './parser.js';

export { loadTransform, type LoadedTransform } from './load.js';
export { parseTransformOptions, TransformOptionsError, type TransformOptions } from './options.js';
export { TRANSFORM_PARSERS, isTransformParser, type TransformParser } from './parser.js';

export interface RunTransformOptions {
  transform: LoadedTransform;
  /** the parser for every file; default: the transform's `parser` export, else by extension */
  parser?: TransformParser;
  /** passed to the transform as its third argument */
  transformOptions?: TransformOptions;
}

/** Skip reason ids of `upkeep codemod run`. */
export type TransformSkipReason = 'transform-error';

/** The structured result of a transform run, for `--format json`. */
export interface RunTransformDetails {
  transform: string;
  file: string | null;
  options: TransformOptions;
  changed: number;
  unchanged: number;
  failed: number;
  unparsable: number;
  /** each file that did not parse, with the parser's message */
  unparsableFiles: { path: string; line: number; message: string }[];
  /** what the transform counted with `api.stats(name)` */
  stats: Record<string, number>;
  /** what the transform said with `api.report(message)`, by file */
  reports: { path: string; message: string }[];
}

/** Runs a jscodeshift transform over the project's JS/TS modules (in the paths), in memory, through the codemod runner. */
export function runTransformCodemod(options: RunTransformOptions): Codemod {
  return { id: 'run', plan: (context) => planTransform(context, options) };
}

async function planTransform(context: CodemodContext, options: RunTransformOptions): Promise<CodemodPlan> {
  const { transform } = options;
  const transformOptions = options.transformOptions ?? {};
  // score's file set (fixture folders left out unless named); one isolatable group per changed file (the runner's default)
  const files = context.model.files.filter((path) => !/\.d\.[cm]?ts$/.test(path) && inScope(path, context.paths));
  const changes: FileChange[] = [];
  const skips: Skip[] = [];
  const unparsable: string[] = [];
  const unparsableFiles: { path: string; line: number; message: string }[] = [];
  const stats: Record<string, number> = {};
  const reports: { path: string; message: string }[] = [];
  let unchanged = 0;
  for (const [index, path] of files.entries()) {
    context.onProgress('transforming', index, files.length);
    const source = await readFile(join(context.root, path), 'utf8');
    const outcome = await applyToFile(
      transform.transform as TransformFunction,
      path,
      source,
      parserFor(path, options.parser, transform.parser),
      transformOptions,
      {
        stats: (name, quantity) => {
          stats[name] = (stats[name] ?? 0) + quantity;
        },
        report: (message) => {
          const text = reportText(message);
          if (text !== undefined) reports.push({ path, message: text });
        },
      },
    );
    if (outcome.kind === 'changed') changes.push({ path, before: source, after: outcome.after });
    else if (outcome.kind === 'unchanged') unchanged += 1;
    else if (outcome.kind === 'unparsable') {
      unparsable.push(path);
      unparsableFiles.push({ path, line: outcome.line, message: outcome.message });
    } else
      skips.push({
        subject: path,
        path,
        line: outcome.line,
        reason: 'transform-error' satisfies TransformSkipReason,
        detail: outcome.message,
      });
  }
  context.onProgress('transforming', files.length, files.length);
  const details: RunTransformDetails = {
    transform: transform.name,
    file: transform.file,
    options: transformOptions,
    changed: changes.length,
    unchanged,
    failed: skips.length,
    unparsable: unparsable.length,
    unparsableFiles,
    stats,
    reports,
  };
  return { changes, skips, unparsable, summary: summaryLines(details), details };
}

/** Reports printed under the heading; the rest are counted (all are in --format json). */
const REPORTS_SHOWN = 50;

/**
 * What `api.report(message)` said, as text: a string as is (trailing blanks trimmed), anything
 * else as Node prints it; undefined for nothing to say (blank, null, undefined), which is dropped.
 */
function reportText(message: unknown): string | undefined {
  if (message === undefined || message === null) return undefined;
  const text = (typeof message === 'string' ? message : inspect(message, { depth: 4 })).replace(/\s+$/, '');
  return text.trim() === '' ? undefined : text;
}

/** The reports, a line each (a message's own lines indented under it), under one heading; none: no heading. */
function reportLines(reports: readonly { path: string; message: string }[]): string[] {
  if (reports.length === 0) return [];
  const lines = ['reported by the transform:'];
  for (const report of reports.slice(0, REPORTS_SHOWN))
    lines.push(`  ${report.path}: ${report.message.replace(/\r?\n/g, '\n    ')}`);
  if (reports.length > REPORTS_SHOWN)
    lines.push(`  … and ${reports.length - REPORTS_SHOWN} more (all in --format json)`);
  return lines;
}

function summaryLines(details: RunTransformDetails): string[] {
  const lines = [
    `${details.transform}: ${details.changed} file(s) transformed, ${details.unchanged} unchanged, ${details.failed} failed, ${details.unparsable} did not parse`,
  ];
  for (const file of details.unparsableFiles) lines.push(`  ${file.path}:${file.line} did not parse: ${file.message}`);
  for (const [name, count] of Object.entries(details.stats).sort(([a], [b]) => a.localeCompare(b)))
    lines.push(`  ${name}: ${count}`);
  lines.push(...reportLines(details.reports));
  return lines;
}
