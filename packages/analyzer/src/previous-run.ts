import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PreviousRun, ScoreReport } from '@upkeep/core';
import { writeFileAtomic } from './cache/atomic-write.js';
import { ensureStateDir } from './cache/state-dir.js';

/**
 * What was scored (the paths asked for and the configuration), so that "previous run" compares
 * like with like, as pylint compares a module with its own last run.
 */
export function runScope(paths: readonly string[], eslintConfig: string): string {
  const normalized = paths.length ? [...paths].sort() : ['.'];
  return createHash('sha256').update(JSON.stringify({ paths: normalized, eslintConfig })).digest('hex').slice(0, 16);
}

function fileOf(stateDir: string, scope: string): string {
  return join(stateDir, 'runs', `${scope}.json`);
}

/** The previous run of the same scope, if any (a damaged record is treated as none). */
export async function loadPreviousRun(root: string, scope: string): Promise<PreviousRun | undefined> {
  try {
    const record = JSON.parse(await readFile(fileOf(join(root, '.upkeep'), scope), 'utf8')) as PreviousRun;
    return typeof record.date === 'string' && typeof record.modules === 'object' ? record : undefined;
  } catch {
    return undefined;
  }
}

export async function savePreviousRun(root: string, scope: string, report: ScoreReport, date: Date = new Date()): Promise<void> {
  const stateDir = await ensureStateDir(root);
  await mkdir(join(stateDir, 'runs'), { recursive: true });
  const record: PreviousRun = {
    date: date.toISOString(),
    total: report.total.score,
    modules: Object.fromEntries(report.modules.map((module) => [module.path, module.score])),
  };
  await writeFileAtomic(fileOf(stateDir, scope), JSON.stringify(record));
}
