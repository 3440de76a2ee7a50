import { DEFAULT_EVALUATION_EXPRESSION } from '@upkeep/core';
import { describe, expect, it } from 'vitest';
import type { RawMessage } from './lint/lint-spec.js';
import { categorizer, moduleResult } from './module-result.js';

const raw = (ruleId: string | null, message: string): RawMessage => ({
  ruleId,
  fatal: false,
  line: 1,
  column: 1,
  message,
});

describe('moduleResult: ESLint’s remarks about directive comments are category I', () => {
  it('unused directives, rules the configuration does not define and rules ESLint removed; a rule’s message is not', () => {
    const result = moduleResult(
      'a.js',
      'blob',
      {
        statements: 4,
        parseable: true,
        ruleTypes: {},
        messages: [
          raw(null, 'Unused eslint-disable directive (no problems were reported).'),
          raw('promise/prefer-await-to-then', "Definition for rule 'promise/prefer-await-to-then' was not found."),
          raw(
            'space-in-brackets',
            "Rule 'space-in-brackets' was removed and replaced by: object-curly-spacing, array-bracket-spacing",
          ),
          raw('no-var', 'Unexpected var, use let or const instead.'),
        ],
      },
      categorizer(),
      DEFAULT_EVALUATION_EXPRESSION,
    );
    expect(result.messages.map((message) => `${message.ruleId} ${message.category}`)).toEqual([
      'eslint-comment I',
      'no-var C',
      'promise/prefer-await-to-then I',
      'space-in-brackets I',
    ]);
    expect(result.score).toBe(7.5);
  });
});
