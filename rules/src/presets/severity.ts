import type { Linter } from 'eslint';
import { categoryOf } from '../categories.js';

/** Options of an enabled rule (without severity), or 'off'. */
type RuleSetting = readonly unknown[] | 'off';
export type RuleSet = Readonly<Record<string, RuleSetting>>;

/**
 * A plain `eslint` run with a preset fails only on probable bugs: category E (and F) rules are
 * errors, every other category is a warning. A rule missing from the category table is an error
 * too, so that it gets noticed. The scorer ignores severities and reads the category.
 */
function severityOf(ruleId: string): Linter.StringSeverity {
  const category = categoryOf(ruleId);
  return category === 'E' || category === 'F' || category === undefined ? 'error' : 'warn';
}

export function toRulesRecord(rules: RuleSet): Linter.RulesRecord {
  const record: Linter.RulesRecord = {};
  for (const [ruleId, setting] of Object.entries(rules)) {
    record[ruleId] = setting === 'off' ? 'off' : [severityOf(ruleId), ...setting];
  }
  return record;
}

type UpstreamEntry = Linter.RuleEntry | Linter.RuleSeverity | readonly unknown[];

function isOff(entry: UpstreamEntry): boolean {
  const severity = Array.isArray(entry) ? entry[0] : entry;
  return severity === 'off' || severity === 0;
}

/** Reads a rules object of an upstream config (ESLint's or typescript-eslint's), keeping its options. */
export function fromUpstream(rules: Readonly<Record<string, UpstreamEntry>> | undefined): RuleSet {
  const set: Record<string, RuleSetting> = {};
  for (const [ruleId, entry] of Object.entries(rules ?? {})) {
    set[ruleId] = isOff(entry) ? 'off' : Array.isArray(entry) ? entry.slice(1) : [];
  }
  return set;
}
