// Isolation: when a planned change fails verification, find the edit groups responsible and drop
// only those. Failures are first attributed to the groups that touch the failing files (cheap and
// usually exact); the culprit among the suspects is then found by bisection (delta debugging over
// groups, in the plan's order so that a group's requirements come before it): the smallest prefix
// of the suspects that fails ends with a culprit. Each culprit costs about log2(suspects) + 2
// verifications; a change that passes costs one. With `confirm` (a test suite, which can fail at
// random), a failure is acted on only when it fails again on the same subset: a failure that does
// not reproduce is flaky, costs no group, and what passed joins the known-good base.

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

/** A failing verification that passed when run again on the same subset: not the edits' fault. */
export interface FlakyFailure<V> {
  /** 'change': the check of every edit still kept; 'isolation': a subset tried while isolating */
  phase: 'change' | 'isolation';
  /** groups in the subset */
  tested: number;
  failed: V;
  passed: V;
}

export interface IsolationResult<F, V extends Verdict<F> = Verdict<F>> {
  kept: string[];
  dropped: Dropped<F>[];
  /** verifications run (the first included), confirmations included */
  runs: number;
  /** of `runs`, those that re-ran a failing subset to confirm its failure */
  confirmations: number;
  /** failures that did not reproduce (with `confirm` only) */
  flaky: FlakyFailure<V>[];
  /**
   * groups neither kept nor dropped as culprits: isolation stopped after more than `flakyLimit`
   * failures that did not reproduce, and no passing run included them
   */
  unverified: string[];
}

/** Flaky verifications (a test command): re-run a failure before acting on it. */
interface ConfirmOptions {
  /** failures that do not reproduce tolerated before isolation stops (default {@link FLAKY_LIMIT}) */
  flakyLimit?: number;
}

/** Failures that do not reproduce tolerated in one isolation before it stops, keeping only what passed. */
export const FLAKY_LIMIT = 3;

export interface IsolateOptions<F, V extends Verdict<F> = Verdict<F>> {
  /** the verdict on all groups, when already known */
  initial?: V;
  /** which of a verdict's failures concern a group (the reason reported for it); default: the first */
  failureFor?: (verdict: V, id: string) => F | undefined;
  onRun?: (runs: number, kept: number, dropped: number) => void;
  /**
   * Verifications that can fail at random (a test suite): a failure is acted on only when it
   * reproduces. The failure of the subset being checked (every edit kept so far) is re-run once
   * before bisecting; a culprit is dropped only when the subset ending with it failed again on a
   * re-run (the subset without it passed in the search). Once a failure has not reproduced, a
   * failure must reproduce twice. Each failure that does not reproduce is a {@link FlakyFailure};
   * the subset that passed joins the known-good base. After `flakyLimit` of them the next one stops
   * isolation: what no passing run included is returned as `unverified`.
   */
  confirm?: ConfirmOptions;
  onFlaky?: (flaky: FlakyFailure<V>) => void;
}

/**
 * Keeps the largest subset of `ids` (in order; a group's `requires` before it) that `test` accepts,
 * dropping the culprits one by one. The empty subset is assumed to pass (it is the baseline).
 */
export async function isolate<F, V extends Verdict<F> = Verdict<F>>(
  ids: readonly string[],
  requires: ReadonlyMap<string, readonly string[]>,
  test: (kept: ReadonlySet<string>) => Promise<V>,
  options: IsolateOptions<F, V> = {},
): Promise<IsolationResult<F, V>> {
  const dropped: Dropped<F>[] = [];
  const droppedIds = new Set<string>();
  const flaky: FlakyFailure<V>[] = [];
  let unverified: string[] = [];
  let runs = 0;
  let confirmations = 0;
  const run = async (subset: readonly string[]): Promise<V> => {
    runs += 1;
    const verdict = await test(new Set(subset));
    options.onRun?.(runs, subset.length, droppedIds.size);
    return verdict;
  };
  const flakyLimit = options.confirm?.flakyLimit ?? FLAKY_LIMIT;
  const tooFlaky = (): boolean => flaky.length > flakyLimit;
  /** `failed` if the failure reproduces (or confirming is off), else the verdict of the run that passed */
  const confirm = async (subset: readonly string[], failed: V, phase: FlakyFailure<V>['phase']): Promise<V> => {
    if (!options.confirm || failed.ok) return failed;
    let last = failed;
    const times = flaky.length > 0 ? 2 : 1;
    for (let i = 0; i < times; i += 1) {
      confirmations += 1;
      const again = await run(subset);
      if (again.ok) {
        const event: FlakyFailure<V> = { phase, tested: subset.length, failed: last, passed: again };
        flaky.push(event);
        options.onFlaky?.(event);
        return again;
      }
      last = again;
    }
    return last;
  };
  const result = (kept: string[]): IsolationResult<F, V> => ({
    kept,
    dropped,
    runs,
    confirmations,
    flaky,
    unverified,
  });
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
  const failureFor = options.failureFor ?? ((verdict: V): F | undefined => verdict.failures[0]);

  let kept = alive(ids);
  if (kept.length === 0) return result(kept);
  let verdict: V = options.initial ?? (await run(kept));
  if (options.initial) runs += 1;
  verdict = await confirm(kept, verdict, 'change');
  while (!verdict.ok && kept.length > 0) {
    // suspects: the groups the failures point at, with what requires them
    let suspects = verdict.suspects ? closeOverDependents(kept, verdict.suspects, dependents) : new Set(kept);
    if (suspects.size === 0) suspects = new Set(kept);
    let good = kept.filter((id) => !suspects.has(id));
    if (good.length > 0) {
      const base = await confirm(good, await run(good), 'isolation');
      if (!base.ok) {
        good = [];
        suspects = new Set(kept);
      }
    }
    let rest = kept.filter((id) => suspects.has(id));
    let failing = verdict;
    for (;;) {
      // the smallest failing prefix of `rest` (on top of `good`, which passes) ends with a culprit;
      // `failing` (the verdict on good ∪ rest) has reproduced when confirming
      const upper = failing;
      let lo = 0;
      let hi = rest.length;
      let reproduced = true;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        const attempt = await run([...good, ...rest.slice(0, mid)]);
        if (attempt.ok) lo = mid;
        else {
          hi = mid;
          failing = attempt;
          reproduced = false;
        }
      }
      if (!reproduced) {
        const again = await confirm([...good, ...rest.slice(0, hi)], failing, 'isolation');
        if (again.ok) {
          // that prefix passed after all: it joins the base, and the search goes on above it (good ∪
          // rest is the same set as before, whose failure has reproduced: no need to run it again)
          good = [...good, ...rest.slice(0, hi)];
          rest = rest.slice(hi);
          if (tooFlaky()) {
            unverified = rest;
            rest = [];
            break;
          }
          failing = upper;
          continue;
        }
        failing = again;
      }
      const culprit = rest[hi - 1]!;
      drop(culprit, failureFor(failing, culprit));
      good = alive([...good, ...rest.slice(0, hi - 1)]);
      rest = alive(rest.slice(hi));
      if (rest.length === 0) break;
      failing = await confirm([...good, ...rest], await run([...good, ...rest]), 'change');
      if (failing.ok) break;
    }
    // the loop ends on a subset that passed: the last passing prefix, or good ∪ rest
    kept = alive([...good, ...rest]);
    verdict = { ok: true, failures: [] } as unknown as V;
  }
  return result(kept);
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

/**
 * The most verifications isolating `culprits` failing groups among `groups` can take when every
 * failure reproduces: per culprit, ⌈log2 groups⌉ for the search and two to re-check what is left;
 * with `confirm`, two re-runs more (the re-check's failure and the culprit's, each run again once).
 */
export function maxRuns(groups: number, culprits = 1, confirm = false): number {
  if (groups <= 1) return confirm ? 2 : 1;
  return 1 + culprits * (Math.ceil(Math.log2(groups)) + 2 + (confirm ? 2 : 0));
}
