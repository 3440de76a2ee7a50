import {
  FATAL_ERROR_RULE,
  SYNTAX_ERROR_RULE,
  categoryForMetaType,
  countMessages,
  scoreOf,
  type Category,
  type Evaluation,
  type Message,
  type ModuleResult,
} from '@upkeep/core';
import { categoryOf } from '@upkeep/eslint-plugin/categories';
import type { LintFacts, RawMessage } from './lint/lint-spec.js';

/** ESLint's own remarks (unused disable directives, bad inline config) are informational, like pylint's I messages. */
const ESLINT_COMMENT_RULE = 'eslint-comment';

export interface Categorizer {
  (ruleId: string, ruleTypes: LintFacts['ruleTypes']): Category;
}

/**
 * The category of a rule: the user's override from upkeep.config.json, else upkeep's table for its
 * presets, else the rule's meta.type (problem → W, suggestion → R, layout → C).
 */
export function categorizer(overrides: Readonly<Record<string, Category>> = {}): Categorizer {
  return (ruleId, ruleTypes) => overrides[ruleId] ?? categoryOf(ruleId) ?? categoryForMetaType(ruleTypes[ruleId]);
}

/**
 * ESLint's words for an `eslint-disable` comment naming a rule the configuration does not load, or
 * a core rule ESLint removed (`space-in-brackets`: "Rule 'space-in-brackets' was removed and
 * replaced by: …"): common in old code that once used other rules and plugins; a remark about a
 * comment, not about the code.
 */
const UNKNOWN_RULE_REMARK = /^(?:Definition for rule '.*' was not found\.?|Rule '.*' was removed and replaced by: .*)$/;

function toMessage(raw: RawMessage, categorize: Categorizer, ruleTypes: LintFacts['ruleTypes']): Message {
  const ruleId = raw.fatal ? SYNTAX_ERROR_RULE : (raw.ruleId ?? ESLINT_COMMENT_RULE);
  const remark = raw.ruleId === null || UNKNOWN_RULE_REMARK.test(raw.message);
  const category: Category = raw.fatal ? 'E' : remark ? 'I' : categorize(ruleId, ruleTypes);
  const message: Message = { ruleId, category, line: raw.line, column: raw.column, message: raw.message };
  if (raw.endLine !== undefined) message.endLine = raw.endLine;
  if (raw.endColumn !== undefined) message.endColumn = raw.endColumn;
  if (raw.messageId !== undefined) message.messageId = raw.messageId;
  return message;
}

/**
 * A module's result from what the linter found. A module that does not parse scores 0 and is
 * marked unparseable; one the linter crashed on gets a fatal (F) message and scores 0.
 */
export function moduleResult(
  path: string,
  blob: string,
  facts: LintFacts,
  categorize: Categorizer,
  evaluation: Evaluation,
): ModuleResult {
  const messages = facts.messages.map((raw) => toMessage(raw, categorize, facts.ruleTypes));
  if (facts.crash !== undefined) {
    messages.push({ ruleId: FATAL_ERROR_RULE, category: 'F', line: 1, column: 1, message: facts.crash });
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  const counts = countMessages(messages);
  const broken = !facts.parseable || counts.fatal > 0;
  return {
    path,
    blob,
    statements: facts.statements,
    counts,
    score: broken ? 0 : scoreOf(counts, facts.statements, evaluation),
    parseable: facts.parseable,
    messages,
  };
}

/** A module that exists but could not be read at all. */
export function unreadableModule(
  path: string,
  reason: string,
  evaluation: Evaluation,
  categorize: Categorizer,
): ModuleResult {
  const facts: LintFacts = {
    statements: 0,
    parseable: true,
    messages: [],
    ruleTypes: {},
    crash: `could not read the file: ${reason}`,
  };
  return moduleResult(path, '', facts, categorize, evaluation);
}
