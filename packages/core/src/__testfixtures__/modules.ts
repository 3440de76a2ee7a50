// Builds ModuleResult values the way the analyzer does (counts from messages, score from the
// formula, 0 for a module that does not parse), so aggregation and report tests start from
// realistic data.
import { createHash } from 'node:crypto';
import { DEFAULT_EVALUATION_EXPRESSION } from '../evaluation/default.js';
import { SYNTAX_ERROR_RULE, type Category, type Message, type ModuleResult } from '../model.js';
import { countMessages } from '../scoring/counts.js';
import { scoreOf } from '../scoring/score.js';

export function gitBlobHash(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** `n` messages of one category, on consecutive lines. */
export function messages(category: Category, n: number, ruleId = `rule-${category.toLowerCase()}`): Message[] {
  return Array.from({ length: n }, (_, index) => ({
    ruleId,
    category,
    line: index + 1,
    column: 1,
    message: `${ruleId} on line ${index + 1}`,
  }));
}

export function moduleResult(path: string, statements: number, found: Message[] = []): ModuleResult {
  return {
    path,
    blob: gitBlobHash(`// ${path}\n`),
    statements,
    counts: countMessages(found),
    score: scoreOf(countMessages(found), statements, DEFAULT_EVALUATION_EXPRESSION),
    parseable: true,
    messages: found,
  };
}

/** A module that did not parse: one syntax-error message, no statements, score 0. */
export function unparseableModule(path: string): ModuleResult {
  const syntaxError: Message = {
    ruleId: SYNTAX_ERROR_RULE,
    category: 'E',
    line: 3,
    column: 7,
    message: "Parsing error: ',' expected.",
  };
  return { ...moduleResult(path, 0, [syntaxError]), score: 0, parseable: false };
}
