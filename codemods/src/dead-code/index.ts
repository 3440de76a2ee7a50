// `upkeep codemod dead-code`: finds dead code project-wide and removes it to a fixpoint through the
// shared runner (clean tree, dry run, verification, all-or-nothing write, score delta).
import { buildProjectModel, type ProjectModel } from '@upkeep/analyzer';
import type { Codemod, CodemodPlan, EditGroup, FileChange } from '../runner/types.js';
import { findDeadCode } from './find-dead-code.js';
import {
  DEAD_CODE_KINDS,
  type DeadCodeFinding,
  type DeadCodeKind,
  type DeadCodeResult,
  type KeptFinding,
} from './types.js';

export { findDeadCode } from './find-dead-code.js';
export * from './types.js';

export interface DeadCodeCodemodOptions {
  only?: readonly DeadCodeKind[];
  removeParams?: boolean;
  entries?: readonly string[];
}

/** The structured part of `--format json`: findings grouped by kind, with counts, and what was kept. */
export interface DeadCodeDetails {
  counts: Record<DeadCodeKind, number>;
  byKind: Record<DeadCodeKind, DeadCodeFinding[]>;
  kept: KeptFinding[];
  keptCounts: Record<string, number>;
  entries: { files: string[]; assumed: string[] };
  rounds: number;
}

const LABELS: Record<DeadCodeKind, [string, string]> = {
  imports: ['unused import', 'unused imports'],
  locals: ['unused local', 'unused locals'],
  unreachable: ['unreachable statement', 'unreachable statements'],
  members: ['unused private member', 'unused private members'],
  exports: ['unused export', 'unused exports'],
  files: ['unreachable file', 'unreachable files'],
  params: ['unused parameter', 'unused parameters'],
};

export function deadCodeCodemod(options: DeadCodeCodemodOptions = {}): Codemod {
  return {
    id: 'dead-code',
    async plan(context): Promise<CodemodPlan> {
      // the runner's file set (fixtures left out unless named) bounds what is edited; the full model, when given, is reused
      const model =
        'entries' in context.model ? (context.model as ProjectModel) : await buildProjectModel(context.root);
      const base = { root: context.root, paths: context.paths, ...options, editableFiles: context.model.files, model };
      const result = await findDeadCode({ ...base, onProgress: context.onProgress });
      return toPlan(result, options.removeParams ?? false, (allow) => findDeadCode({ ...base, allow }));
    },
  };
}

const GROUP_KINDS: Record<DeadCodeKind, string> = {
  imports: 'import',
  locals: 'local',
  unreachable: 'statement',
  members: 'member',
  exports: 'export',
  files: 'file',
  params: 'parameter',
};

/**
 * One group per removal (`requires`: the earlier-round removals that made it dead). The changes
 * without some of them come from running the analysis again with only the kept removals allowed,
 * so that what a dropped removal kept alive stays too.
 */
function groupsOf(
  result: DeadCodeResult,
  removeParams: boolean,
  rerun?: (allow: ReadonlySet<string>) => Promise<DeadCodeResult>,
): Pick<CodemodPlan, 'groups' | 'changesFor'> {
  const removals = result.findings.filter((f) => f.action !== 'report' && (f.kind !== 'params' || removeParams));
  const groups: EditGroup[] = removals.map((f) => ({
    id: f.id,
    label: `${LABELS[f.kind][0]} ${f.kind === 'files' ? f.path : `${f.name} (${f.path}:${f.line})`}`,
    kind: GROUP_KINDS[f.kind],
    files: [f.path],
    declaration: { path: f.path, line: f.line },
    ...(result.requires.has(f.id) ? { requires: result.requires.get(f.id)! } : {}),
  }));
  const all = new Set(groups.map((g) => g.id));
  const cache = new Map<string, FileChange[]>();
  const changesFor = async (kept: ReadonlySet<string>): Promise<FileChange[]> => {
    // a group counts as kept only when everything it requires is kept too
    const allowed = new Set([...kept].filter((id) => all.has(id)));
    for (let changed = true; changed;) {
      changed = false;
      for (const group of groups) {
        if (allowed.has(group.id) && group.requires?.some((r) => !allowed.has(r))) {
          allowed.delete(group.id);
          changed = true;
        }
      }
    }
    if (allowed.size === all.size) return changesOf(result);
    const key = [...allowed].sort().join('\n');
    const known = cache.get(key);
    if (known) return known;
    const changes = allowed.size === 0 || !rerun ? [] : changesOf(await rerun(allowed));
    cache.set(key, changes);
    return changes;
  };
  return { groups, changesFor };
}

function changesOf(result: DeadCodeResult): FileChange[] {
  return [...result.changes].map(([path, change]) => ({ path, before: change.before, after: change.after }));
}

export function toPlan(
  result: DeadCodeResult,
  removeParams: boolean,
  rerun?: (allow: ReadonlySet<string>) => Promise<DeadCodeResult>,
): CodemodPlan {
  const byKind = Object.fromEntries(
    DEAD_CODE_KINDS.map((kind) => [kind, result.findings.filter((f) => f.kind === kind)]),
  ) as Record<DeadCodeKind, DeadCodeFinding[]>;
  const keptCounts: Record<string, number> = {};
  for (const item of result.kept) keptCounts[item.reason] = (keptCounts[item.reason] ?? 0) + 1;
  const details: DeadCodeDetails = {
    counts: result.counts,
    byKind,
    kept: result.kept,
    keptCounts,
    entries: result.entries,
    rounds: result.rounds,
  };
  return {
    changes: changesOf(result),
    ...groupsOf(result, removeParams, rerun),
    internalErrors: result.internalErrors,
    skips: result.kept.map((item) => ({
      subject: `${item.kind}: ${item.name}`,
      path: item.path,
      line: item.line,
      reason: item.reason,
      detail: `${item.reason}: ${item.detail}`,
    })),
    summary: summaryLines(result, byKind, keptCounts, removeParams),
    details,
    unparsable: result.unparsable,
  };
}

function summaryLines(
  result: DeadCodeResult,
  byKind: Record<DeadCodeKind, DeadCodeFinding[]>,
  keptCounts: Record<string, number>,
  removeParams: boolean,
): string[] {
  const lines: string[] = [];
  for (const kind of DEAD_CODE_KINDS) {
    const findings = byKind[kind];
    if (findings.length === 0) continue;
    const [one, many] = LABELS[kind];
    const verb = kind === 'params' && !removeParams ? ' (reported only; --remove-params removes them)' : '';
    lines.push(`${findings.length} ${findings.length === 1 ? one : many}${verb}:`);
    for (const f of findings)
      lines.push(
        `  ${f.path}:${f.line}${kind === 'files' ? '' : ` ${f.name}`}${f.action === 'unexport' ? ' (export keyword only: used in its file)' : f.action === 'keep-initializer' ? ' (initializer kept for its effects)' : ''}`,
      );
  }
  const removed = DEAD_CODE_KINDS.filter((k) => (k !== 'params' || removeParams) && byKind[k].length > 0).map(
    (k) => `${byKind[k].length} ${byKind[k].length === 1 ? LABELS[k][0] : LABELS[k][1]}`,
  );
  const kept = Object.entries(keptCounts).map(([reason, count]) => `${count} ${reason}`);
  lines.push(
    `removed: ${removed.length > 0 ? removed.join(', ') : 'nothing'}${kept.length > 0 ? `   kept: ${kept.join(', ')}` : ''}${result.rounds > 1 ? `   (${result.rounds} rounds)` : ''}`,
  );
  for (const line of result.entries.assumed) lines.push(`entry points: ${line}`);
  return lines;
}
