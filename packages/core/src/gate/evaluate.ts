import type { Delta, ModuleDelta } from '../diff/model.js';
import { formatDelta, formatScore } from '../format/score.js';
import type { GateConditions, GateFailure, GateVerdict } from './model.js';

function rated(score: number): string {
  return `${formatScore(score)}/10`;
}

function isError(category: string): boolean {
  return category === 'E' || category === 'F';
}

function moduleFailures(module: ModuleDelta, conditions: GateConditions): GateFailure[] {
  const failures: GateFailure[] = [];
  const before = module.before?.score ?? null;
  const after = module.after?.score ?? null;
  if (conditions.maxModuleDrop !== undefined && module.before && module.after && before !== null && after !== null) {
    // compared as printed, so a drop shown as "-0.00" never fails --max-module-drop 0
    const drop = -Number(formatDelta(before, after));
    if (drop > conditions.maxModuleDrop) {
      failures.push({
        condition: 'max-module-drop',
        module: module.path,
        actual: drop,
        limit: conditions.maxModuleDrop,
        message: `${module.path}: dropped ${drop.toFixed(2)} points (${rated(before)} → ${rated(after)}), more than --max-module-drop ${conditions.maxModuleDrop}`,
      });
    }
  }
  if (
    conditions.minNewModule !== undefined &&
    module.change === 'added' &&
    after !== null &&
    after < conditions.minNewModule
  ) {
    failures.push({
      condition: 'min-new-module',
      module: module.path,
      actual: after,
      limit: conditions.minNewModule,
      message: `${module.path}: a new module rated ${rated(after)}, under --min-new-module ${conditions.minNewModule}`,
    });
  }
  const errors = module.introduced.filter((message) => isError(message.category));
  const first = errors[0];
  if (conditions.noNewErrors && first !== undefined) {
    failures.push({
      condition: 'no-new-errors',
      module: module.path,
      actual: errors.length,
      limit: 0,
      message: `${module.path}: ${errors.length} new error${errors.length === 1 ? '' : 's'} (first: ${first.line}:${first.column} ${first.ruleId}), --no-new-errors`,
    });
  }
  return failures;
}

/**
 * Checks a Delta against the gate conditions. The project bound compares the unrounded score, as
 * `upkeep score --fail-under` does; a module's drop is compared at two decimals, as it is printed.
 */
export function evaluateGate(delta: Delta, conditions: GateConditions): GateVerdict {
  const failures: GateFailure[] = [];
  const total = delta.total.after.score;
  if (conditions.failUnder !== undefined && total !== null && total < conditions.failUnder) {
    failures.push({
      condition: 'fail-under',
      actual: total,
      limit: conditions.failUnder,
      message: `the project is rated ${rated(total)} after the change, under --fail-under ${conditions.failUnder}`,
    });
  }
  for (const module of delta.modules) failures.push(...moduleFailures(module, conditions));
  return { passed: failures.length === 0, conditions: { ...conditions }, failures };
}

/** Whether any condition is set, so that a run without one does not print a verdict. */
export function hasGateConditions(conditions: GateConditions): boolean {
  return Object.values(conditions).some((value) => value !== undefined && value !== false);
}
