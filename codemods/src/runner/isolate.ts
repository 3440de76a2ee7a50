// Isolation: when a planned change fails verification, find the edit groups responsible and drop
// only those. Failures are first attributed to the groups that touch the failing files (cheap and
// usually exact); the culprit among the suspects is then found by bisection (delta debugging over
// groups, in the plan's order so that a group's requirements come before it): the smallest prefix
// of the suspects that fails ends with a culprit. Each culprit costs about log2(suspects) + 1
// verifications; a change that passes costs one.

/** The result of verifying one subset of groups. */
export interface Verdict<F> {
  ok: boolean;
  failures: F[];
  /** groups the failures are attributed to (those touching the failing files), when known */
  suspects?: ReadonlySet<string>;
}

interface Dropped<F> {
  id: string;
  /** the failure seen when it was included, or undefined when it was dropped because a group it requires was */
  failure: F | undefined;
  /** the id of the dropped group it requires, when dropped for that */
  requiredBy?: string;
}

export interface IsolationResult<F> {
  kept: string[];
  dropped: Dropped<F>[];
  /** verifications run (the first included) */
  runs: number;
}

export interface IsolateOptions<F> {
  /** the verdict on all groups, when already known */
  initial?: Verdict<F>;
  /** which of a verdict's failures concern a group (the reason reported for it); default: the first */
  failureFor?: (verdict: Verdict<F>, id: string) => F | undefined;
  onRun?: (runs: number, kept: number, dropped: number) => void;
}

/**
 * Keeps the largest subset of `ids` (in order; a group's `requires` before it) that `test` accepts,
 * dropping the culprits one by one. The empty subset is assumed to pass (it is the baseline).
 */
export async function isolate<F>(
  ids: readonly string[],
  requires: ReadonlyMap<string, readonly string[]>,
  test: (kept: ReadonlySet<string>) => Promise<Verdict<F>>,
  options: IsolateOptions<F> = {},
): Promise<IsolationResult<F>> {
  const dropped: Dropped<F>[] = [];
  const droppedIds = new Set<string>();
  let runs = 0;
  const run = async (subset: readonly string[]): Promise<Verdict<F>> => {
    runs += 1;
    const verdict = await test(new Set(subset));
    options.onRun?.(runs, subset.length, droppedIds.size);
    return verdict;
  };
  const dependents = new Map<string, string[]>();
  for (const [id, needs] of requires)
    for (const need of needs) dependents.set(need, [...(dependents.get(need) ?? []), id]);
  const drop = (id: string, failure: F | undefined, requiredBy?: string): void => {
    if (droppedIds.has(id)) return;
    droppedIds.add(id);
    dropped.push({ id, failure, ...(requiredBy ? { requiredBy } : {}) });
    for (const dependent of dependents.get(id) ?? []) drop(dependent, undefined, id);
  };
  // groups whose requirements are not in the plan at all cannot be kept
  const known = new Set(ids);
  for (const id of ids) for (const need of requires.get(id) ?? []) if (!known.has(need)) drop(id, undefined, need);
  const alive = (list: readonly string[]): string[] => list.filter((id) => !droppedIds.has(id));
  const failureFor = options.failureFor ?? ((verdict: Verdict<F>): F | undefined => verdict.failures[0]);

  let kept = alive(ids);
  if (kept.length === 0) return { kept, dropped, runs };
  let verdict = options.initial ?? (await run(kept));
  if (options.initial) runs += 1;
  while (!verdict.ok && kept.length > 0) {
    // suspects: the groups the failures point at, with what requires them
    let suspects = verdict.suspects ? closeOverDependents(kept, verdict.suspects, dependents) : new Set(kept);
    if (suspects.size === 0) suspects = new Set(kept);
    let good = kept.filter((id) => !suspects.has(id));
    if (good.length > 0) {
      const base = await run(good);
      if (!base.ok) {
        good = [];
        suspects = new Set(kept);
      }
    }
    let rest = kept.filter((id) => suspects.has(id));
    let failing = verdict;
    for (;;) {
      // the smallest failing prefix of `rest` (on top of `good`, which passes) ends with a culprit
      let lo = 0;
      let hi = rest.length;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        const attempt = await run([...good, ...rest.slice(0, mid)]);
        if (attempt.ok) lo = mid;
        else {
          hi = mid;
          failing = attempt;
        }
      }
      const culprit = rest[hi - 1]!;
      drop(culprit, failureFor(failing, culprit));
      good = alive([...good, ...rest.slice(0, hi - 1)]);
      rest = alive(rest.slice(hi));
      if (rest.length === 0) break;
      failing = await run([...good, ...rest]);
      if (failing.ok) break;
    }
    // the loop ends on a subset that passed: the last passing prefix, or good ∪ rest
    kept = alive([...good, ...rest]);
    verdict = { ok: true, failures: [] };
  }
  return { kept, dropped, runs };
}

function closeOverDependents(
  kept: readonly string[],
  suspects: ReadonlySet<string>,
  dependents: ReadonlyMap<string, readonly string[]>,
): Set<string> {
  const keptSet = new Set(kept);
  const out = new Set<string>();
  const visit = (id: string): void => {
    if (out.has(id) || !keptSet.has(id)) return;
    out.add(id);
    for (const dependent of dependents.get(id) ?? []) visit(dependent);
  };
  for (const id of suspects) visit(id);
  return out;
}

/** The most verifications isolating `culprits` failing groups among `groups` can take (log2 of the groups, plus one, each). */
export function maxRuns(groups: number, culprits = 1): number {
  if (groups <= 1) return 1;
  return 1 + culprits * (Math.ceil(Math.log2(groups)) + 2);
}
