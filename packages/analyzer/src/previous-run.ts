import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PreviousRun, ScoreReport } from '@upkeep/core';
import { writeFileAtomic } from './cache/atomic-write.js';
import { ensureStateDir } from './cache/state-dir.js';

/** What was scored: the paths asked for (a run of `src` is not compared with one of the whole project). */
export function runScope(paths: readonly string[]): string {
  const normalized = paths.length ? [...paths].sort() : ['.'];
  return hash({ paths: normalized });
}

/** The settings besides the report's own `config` that change scores: the categories, which files count and how large they may be. */
export interface ScopeSettings {
  categories?: Readonly<Record<string, string>>;
  include?: readonly string[];
  exclude?: readonly string[];
  maxFileSize?: number;
}

/**
 * The effective configuration of a run: the report's `config` (ESLint config, its rules and options,
 * tool versions — all in `config.hash` —, the evaluation), the categories and the scope settings.
 * Runs are compared only with a run of the same configuration, as pylint compares a module with
 * its own last run under the same rcfile.
 */
export function runConfiguration(report: Pick<ScoreReport, 'config'>, settings: ScopeSettings): string {
  return hash({
    config: report.config,
    categories: sortedEntries(settings.categories),
    include: settings.include ?? null,
    exclude: settings.exclude ?? null,
    maxFileSize: settings.maxFileSize ?? null,
  });
}

function sortedEntries(record: Readonly<Record<string, string>> | undefined): [string, string][] | null {
  return record === undefined ? null : Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/** The last run of a scope: which configuration it used and when. */
interface LastRun {
  configuration: string;
  date: string;
}

export type PreviousRunLookup =
  | { kind: 'none' }
  | { kind: 'same'; run: PreviousRun }
  /** no run of this configuration; the last run of the scope used another one */
  | { kind: 'configuration-changed'; date: string };

const runFile = (stateDir: string, scope: string, configuration: string): string =>
  join(stateDir, 'runs', `${scope}-${configuration}.json`);
const lastFile = (stateDir: string, scope: string): string => join(stateDir, 'runs', `${scope}.last.json`);

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The previous run of the same scope and configuration; else whether the scope was last run with another one (a damaged record is none). */
export async function loadPreviousRun(root: string, scope: string, configuration: string): Promise<PreviousRunLookup> {
  const stateDir = join(root, '.upkeep');
  const record = (await readJson(runFile(stateDir, scope, configuration))) as PreviousRun | undefined;
  if (record && typeof record.date === 'string' && typeof record.modules === 'object' && record.modules !== null)
    return { kind: 'same', run: record };
  const last = (await readJson(lastFile(stateDir, scope))) as LastRun | undefined;
  if (
    last &&
    typeof last.date === 'string' &&
    typeof last.configuration === 'string' &&
    last.configuration !== configuration
  ) {
    return { kind: 'configuration-changed', date: last.date };
  }
  return { kind: 'none' };
}

/** Records a run under its scope and configuration, and as the scope's last run. */
export async function savePreviousRun(
  root: string,
  scope: string,
  configuration: string,
  report: ScoreReport,
  date: Date = new Date(),
): Promise<void> {
  const stateDir = await ensureStateDir(root);
  await mkdir(join(stateDir, 'runs'), { recursive: true });
  const record: PreviousRun = {
    date: date.toISOString(),
    total: report.total.score,
    modules: Object.fromEntries(report.modules.map((module) => [module.path, module.score])),
  };
  await writeFileAtomic(runFile(stateDir, scope, configuration), JSON.stringify(record));
  const last: LastRun = { configuration, date: record.date };
  await writeFileAtomic(lastFile(stateDir, scope), JSON.stringify(last));
}
