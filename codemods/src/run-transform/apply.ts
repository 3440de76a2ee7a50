import jscodeshift from 'jscodeshift';
import type { Parser } from 'jscodeshift';
import type { TransformOptions } from './options.js';

/** What a transform did to one file. */
export type FileOutcome =
  | { kind: 'changed'; after: string }
  | { kind: 'unchanged' }
  /** the file does not parse with the parser chosen for it */
  | { kind: 'unparsable'; message: string; line: number }
  /** the transform threw, or returned something other than a string */
  | { kind: 'failed'; message: string; line: number };

export interface ApplyContext {
  stats(name: string, quantity: number): void;
  /** what the transform passed to `api.report`, unchecked: transforms pass anything */
  report(message: unknown): void;
}

/** A transform as jscodeshift calls it (the API object is built here). */
export type TransformFunction = (
  file: { path: string; source: string },
  api: unknown,
  options: TransformOptions,
) => unknown;

/**
 * Applies a transform to one file in memory, with the API jscodeshift's runner gives it
 * (`j`, `jscodeshift`, `stats`, `report`). null, undefined or the same text mean unchanged,
 * as for jscodeshift.
 */
export async function applyToFile(
  transform: TransformFunction,
  path: string,
  source: string,
  parser: unknown,
  options: TransformOptions,
  context: ApplyContext,
): Promise<FileOutcome> {
  const j = jscodeshift.withParser(parser as string | Parser);
  const api = {
    j,
    jscodeshift: j,
    stats: (name: string, quantity?: number) => context.stats(name, typeof quantity === 'number' ? quantity : 1),
    report: (message: unknown) => context.report(message),
  };
  let output: unknown;
  try {
    output = await transform({ path, source }, api, options);
  } catch (error) {
    const parseProblem = parseError(j, source);
    if (parseProblem) return { kind: 'unparsable', ...parseProblem };
    return { kind: 'failed', message: `the transform threw: ${messageOf(error)}`, line: lineOf(error) };
  }
  if (output === null || output === undefined) return { kind: 'unchanged' };
  if (typeof output !== 'string')
    return {
      kind: 'failed',
      message: `the transform returned ${typeof output}, not a string, null or undefined`,
      line: 1,
    };
  return output === source ? { kind: 'unchanged' } : { kind: 'changed', after: output };
}

function parseError(
  j: ReturnType<typeof jscodeshift.withParser>,
  source: string,
): { message: string; line: number } | undefined {
  try {
    j(source);
    return undefined;
  } catch (error) {
    return { message: messageOf(error), line: lineOf(error) };
  }
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** The 1-based line a parser or transform error points at (babel: `loc.line`; recast/ts: `lineNumber`), else 1. */
function lineOf(error: unknown): number {
  if (typeof error !== 'object' || error === null) return 1;
  const record = error as { loc?: { line?: unknown }; lineNumber?: unknown };
  const line = record.loc?.line ?? record.lineNumber;
  return typeof line === 'number' && line > 0 ? line : 1;
}
