// `upkeep codemod dead-code`: finds dead code project-wide and removes it to a fixpoint through the
// shared runner (clean tree, dry run, verification, all-or-nothing write, score delta).
import type { Codemod, CodemodPlan } from '../runner/types.js';
import { findDeadCode } from './find-dead-code.js';
import { DEAD_CODE_KINDS, type DeadCodeFinding, type DeadCodeKind, type DeadCodeResult, type KeptFinding } from './types.js';

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
      const result = await findDeadCode({ root: context.root, paths: context.paths, ...options, onProgress: context.onProgress });
      return toPlan(result, options.removeParams ?? false);
    },
  };
}

export function toPlan(result: DeadCodeResult, removeParams: boolean): CodemodPlan {
  const byKind = Object.fromEntries(DEAD_CODE_KINDS.map((kind) => [kind, result.findings.filter((f) => f.kind === kind)])) as Record<DeadCodeKind, DeadCodeFinding[]>;
  const keptCounts: Record<string, number> = {};
  for (const item of result.kept) keptCounts[item.reason] = (keptCounts[item.reason] ?? 0) + 1;
  const details: DeadCodeDetails = { counts: result.counts, byKind, kept: result.kept, keptCounts, entries: result.entries, rounds: result.rounds };
  return {
    changes: [...result.changes].map(([path, change]) => ({ path, before: change.before, after: change.after })),
    skips: result.kept.map((item) => ({ subject: `${item.kind}: ${item.name}`, path: item.path, line: item.line, reason: item.reason, detail: `${item.reason}: ${item.detail}` })),
    summary: summaryLines(result, byKind, keptCounts, removeParams),
    details,
    unparsable: result.unparsable,
  };
}

function summaryLines(result: DeadCodeResult, byKind: Record<DeadCodeKind, DeadCodeFinding[]>, keptCounts: Record<string, number>, removeParams: boolean): string[] {
  const lines: string[] = [];
  for (const kind of DEAD_CODE_KINDS) {
    const findings = byKind[kind];
    if (findings.length === 0) continue;
    const [one, many] = LABELS[kind];
    const verb = kind === 'params' && !removeParams ? ' (reported only; --remove-params removes them)' : '';
    lines.push(`${findings.length} ${findings.length === 1 ? one : many}${verb}:`);
    for (const f of findings) lines.push(`  ${f.path}:${f.line}${kind === 'files' ? '' : ` ${f.name}`}${f.action === 'unexport' ? ' (export keyword only: used in its file)' : f.action === 'keep-initializer' ? ' (initializer kept for its effects)' : ''}`);
  }
  const removed = DEAD_CODE_KINDS.filter((k) => (k !== 'params' || removeParams) && byKind[k].length > 0).map((k) => `${byKind[k].length} ${byKind[k].length === 1 ? LABELS[k][0] : LABELS[k][1]}`);
  const kept = Object.entries(keptCounts).map(([reason, count]) => `${count} ${reason}`);
  lines.push(`removed: ${removed.length > 0 ? removed.join(', ') : 'nothing'}${kept.length > 0 ? `   kept: ${kept.join(', ')}` : ''}${result.rounds > 1 ? `   (${result.rounds} rounds)` : ''}`);
  for (const line of result.entries.assumed) lines.push(`entry points: ${line}`);
  return lines;
}
