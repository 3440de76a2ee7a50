import { comparePaths } from '../aggregate/paths.js';
import type { ModuleResult, ScoreReport } from '../model.js';
import { matchMessages } from './match.js';
import {
  DELTA_VERSION,
  type Delta,
  type DeltaHead,
  type Hunk,
  type ModuleDelta,
  type ModuleSnapshot,
} from './model.js';

/** A rename git detected between base and head: `from` in the base became `to` in the head. */
export interface RenamePair {
  from: string;
  to: string;
}

export interface DiffInput {
  /** the base analyzed from git objects: every module, not only the changed ones */
  base: ScoreReport;
  head: ScoreReport;
  renames?: readonly RenamePair[];
  /** zero-context hunks of each modified or renamed module, by head path */
  hunks?: Readonly<Record<string, readonly Hunk[]>>;
}

export class DiffInputError extends Error {
  override readonly name = 'DiffInputError';
}

function snapshot(module: ModuleResult): ModuleSnapshot {
  return {
    statements: module.statements,
    counts: { ...module.counts },
    score: module.score,
    parseable: module.parseable,
  };
}

function scoreChange(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}

function changedModule(before: ModuleResult, after: ModuleResult, hunks: readonly Hunk[] | undefined): ModuleDelta {
  const renamed = before.path !== after.path;
  // a module git lists as changed but without hunks differs only in mode or whitespace-free ways: map lines one to one
  const { introduced, fixed } = matchMessages(before.messages, after.messages, hunks ?? []);
  return {
    path: after.path,
    ...(renamed ? { previousPath: before.path } : {}),
    change: renamed ? 'renamed' : 'modified',
    before: snapshot(before),
    after: snapshot(after),
    delta: scoreChange(before.score, after.score),
    introduced,
    fixed,
  };
}

/**
 * The Delta between two score reports of the same project: the changed modules (by blob, with git's
 * renames paired), their scores before and after, and the messages introduced and fixed, matched
 * so that moved code is not new. The totals are the reports' own, so both must cover every module.
 */
export function diffReports(input: DiffInput): Delta {
  const { base, head } = input;
  if (base.source.kind !== 'git') throw new DiffInputError('the base of a diff must be analyzed from a git commit');
  if (base.config.hash !== head.config.hash || base.config.evaluation !== head.config.evaluation) {
    throw new DiffInputError(
      'base and head were scored with different configurations; diff them with the same rules and formula',
    );
  }
  const baseByPath = new Map(base.modules.map((module) => [module.path, module]));
  const renameOf = new Map((input.renames ?? []).map((pair) => [pair.to, pair.from]));
  const pairedBase = new Set<string>();
  const modules: ModuleDelta[] = [];

  for (const after of head.modules) {
    const renamedFrom = renameOf.get(after.path);
    const fromRename =
      renamedFrom === undefined || baseByPath.has(after.path) ? undefined : baseByPath.get(renamedFrom);
    const before = fromRename ?? baseByPath.get(after.path);
    if (before === undefined) {
      const { introduced } = matchMessages([], after.messages, undefined);
      modules.push({
        path: after.path,
        change: 'added',
        before: null,
        after: snapshot(after),
        delta: null,
        introduced,
        fixed: [],
      });
      continue;
    }
    pairedBase.add(before.path);
    if (before.path === after.path && before.blob === after.blob) continue;
    modules.push(changedModule(before, after, input.hunks?.[after.path]));
  }
  for (const before of base.modules) {
    if (pairedBase.has(before.path)) continue;
    modules.push({
      path: before.path,
      change: 'deleted',
      before: snapshot(before),
      after: null,
      delta: null,
      introduced: [],
      fixed: [...before.messages],
    });
  }
  modules.sort((a, b) => comparePaths(a.path, b.path));

  const headSide: DeltaHead = head.source.kind === 'git' ? { ...head.source } : { kind: 'worktree' };
  return {
    schemaVersion: DELTA_VERSION,
    tool: { ...head.tool },
    base: { ref: base.source.ref, commit: base.source.commit },
    head: headSide,
    config: { ...head.config },
    total: { before: base.total, after: head.total, delta: scoreChange(base.total.score, head.total.score) },
    modules,
  };
}
