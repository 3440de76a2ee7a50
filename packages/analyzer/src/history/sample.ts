import type { HistoryCommit } from './commits.js';

/** `commit`, a calendar period, or every N-th commit. */
export type Every = { kind: 'commit' } | { kind: 'day' | 'week' | 'month' } | { kind: 'commits'; count: number };

export const DEFAULT_MAX_POINTS = 100;

/** "day" → { kind: 'day' }, "5commits" → { kind: 'commits', count: 5 }; undefined for anything else. */
export function parseEvery(text: string): Every | undefined {
  if (text === 'commit' || text === '1commits' || text === '1commit') return { kind: 'commit' };
  if (text === 'day' || text === 'week' || text === 'month') return { kind: text };
  const match = /^([1-9]\d{0,6})\s*commits?$/.exec(text);
  return match ? { kind: 'commits', count: Number(match[1]) } : undefined;
}

export function describeEvery(every: Every): string {
  return every.kind === 'commits' ? `${every.count}commits` : every.kind;
}

interface SampledCommit {
  commit: HistoryCommit;
  /** commits of the history this point stands for: those since the previous point, itself included */
  commits: number;
}

export interface Sample {
  points: SampledCommit[];
  candidates: number;
  capped: boolean;
}

/** The calendar period of a date, in UTC so that the same history samples the same everywhere. */
function periodOf(time: Date, kind: 'day' | 'week' | 'month'): string {
  const day = time.toISOString().slice(0, 10);
  if (kind === 'day') return day;
  if (kind === 'month') return day.slice(0, 7);
  // ISO weeks start on Monday: the key is the date of that Monday
  const monday = new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return monday.toISOString().slice(0, 10);
}

/** Indices of the candidate commits, oldest first. */
function candidateIndices(commits: readonly HistoryCommit[], every: Every): number[] {
  if (every.kind === 'commit') return commits.map((_, index) => index);
  if (every.kind === 'commits') {
    const picked: number[] = [];
    for (let index = commits.length - 1; index >= 0; index -= every.count) picked.unshift(index);
    // the oldest commit is where the comparison starts: always a point
    if (picked[0] !== 0 && commits.length > 0) picked.unshift(0);
    return picked;
  }
  // the state at the end of each period: its last commit
  const picked: number[] = [];
  for (let index = 0; index < commits.length; index++) {
    const next = commits[index + 1];
    if (!next || periodOf(next.time, every.kind) !== periodOf(commits[index]!.time, every.kind)) picked.push(index);
  }
  return picked;
}

/** Thins indices out evenly to at most max, always keeping the first and the last. */
function cap(indices: number[], max: number): number[] {
  if (indices.length <= max) return indices;
  if (max === 1) return [indices[indices.length - 1]!];
  const kept = new Set<number>();
  for (let k = 0; k < max; k++) kept.add(indices[Math.round((k * (indices.length - 1)) / (max - 1))]!);
  return [...kept];
}

/** Picks the commits to score from a history (oldest first): by period or count, then capped at maxPoints. */
export function sampleCommits(commits: readonly HistoryCommit[], every: Every, maxPoints: number): Sample {
  const candidates = candidateIndices(commits, every);
  const picked = cap(candidates, maxPoints);
  let previous = -1;
  const points = picked.map((index) => {
    const point = { commit: commits[index]!, commits: index - previous };
    previous = index;
    return point;
  });
  return { points, candidates: candidates.length, capped: picked.length < candidates.length };
}
