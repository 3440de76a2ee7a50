import { describe, expect, it } from 'vitest';
import type { RawMessage } from '../../lint-spec.js';
import { applyDisableDirectives, configuresRules } from './directives.js';

const lines = (...text: string[]): string => text.join('\n') + '\n';
const at = (ruleId: string, line: number, column: number): RawMessage => ({
  ruleId,
  fatal: false,
  line,
  column,
  message: `${ruleId} here`,
});
const DEFINED = new Set([
  'no-unused-vars',
  'no-var',
  'no-console',
  '@typescript-eslint/no-unused-vars',
  '@upkeep/identifier-naming',
  'sonarjs/no-commented-code',
]);
const defined = (ruleId: string): boolean => DEFINED.has(ruleId);
/** "line:column rule" of what is left, and "line:column text" of the remarks (rule id null). */
const shown = (messages: RawMessage[]): string[] =>
  messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? message.message}`);

describe('applyDisableDirectives: ESLint inline directives, by ESLint rule id, with ESLint’s remarks', () => {
  it('returns the messages themselves for a module without a directive', () => {
    const messages = [at('no-var', 1, 1)];
    expect(applyDisableDirectives('a.js', 'var a = 1;\n', messages, defined)).toBe(messages);
  });

  it('eslint-disable-line and eslint-disable-next-line: that line, the rules named or all, a description after --', () => {
    const text = lines(
      'const a = 1; // eslint-disable-line no-unused-vars',
      '// eslint-disable-next-line no-unused-vars, @upkeep/identifier-naming -- kept for the API',
      'const b_c = 2;',
      'const d = 3; /* eslint-disable-line */',
      '/* eslint-disable-next-line',
      '   sonarjs/no-commented-code */',
      '// const e = 4;',
      'const f = 5;',
    );
    const messages = [
      at('no-unused-vars', 1, 7),
      at('no-var', 1, 1),
      at('no-unused-vars', 3, 7),
      at('@upkeep/identifier-naming', 3, 7),
      at('sonarjs/todo-tag', 3, 7),
      at('anything', 4, 1),
      at('sonarjs/no-commented-code', 7, 1),
      at('no-unused-vars', 8, 7),
    ];
    // next-line counts from the line the comment ends on
    expect(shown(applyDisableDirectives('a.js', text, messages, defined))).toEqual([
      '1:1 no-var',
      '3:7 sonarjs/todo-tag',
      '8:7 no-unused-vars',
    ]);
  });

  it('/* eslint-disable */ until /* eslint-enable */, for all rules or those named; a line comment cannot open a block', () => {
    const text = lines(
      'let a = 1; /* eslint-disable no-unused-vars */ let b = 2;',
      'let c = 3;',
      '/* eslint-enable no-unused-vars */',
      'let d = 4;',
      '/* eslint-disable */',
      'let e = 5;',
      '/* eslint-enable @typescript-eslint/no-unused-vars */',
      'let f = 6;',
      '/* eslint-enable */',
      '// eslint-disable no-var',
      'var g = 7;',
    );
    const messages = [
      at('no-unused-vars', 1, 5),
      at('no-unused-vars', 1, 52),
      at('no-unused-vars', 2, 5),
      at('no-unused-vars', 4, 5),
      at('no-unused-vars', 6, 5),
      at('@typescript-eslint/no-unused-vars', 6, 5),
      at('@typescript-eslint/no-unused-vars', 8, 5),
      at('no-unused-vars', 8, 5),
      at('no-var', 11, 1),
    ];
    expect(shown(applyDisableDirectives('a.ts', text, messages, defined))).toEqual([
      '1:5 no-unused-vars',
      '4:5 no-unused-vars',
      '8:5 @typescript-eslint/no-unused-vars',
      '11:1 no-var',
    ]);
  });

  it('text that only looks like a directive (in a string or template) is none', () => {
    const text = lines('const a = "// eslint-disable-line no-unused-vars";', 'const b = `/* eslint-disable */`;');
    const messages = [at('no-unused-vars', 1, 7)];
    expect(applyDisableDirectives('a.js', text, messages, defined)).toEqual(messages);
  });

  it('says which directives silence nothing: one remark per comment, or per rule when others of it were used', () => {
    const text = lines(
      'var a = 1; // eslint-disable-line no-console',
      '// eslint-disable-next-line no-console, no-var -- neither is reported',
      'var b = 2;',
      'var c = 3; // eslint-disable-line no-var, no-console, no-unused-vars',
      '/* eslint-disable */',
      '/* eslint-enable */',
      '/* eslint-enable no-var */',
    );
    const messages = [at('no-var', 1, 1), at('no-var', 4, 1)];
    expect(shown(applyDisableDirectives('a.js', text, messages, defined))).toEqual([
      '1:1 no-var',
      "1:12 Unused eslint-disable directive (no problems were reported from 'no-console').",
      "2:1 Unused eslint-disable directive (no problems were reported from 'no-console' or 'no-var').",
      "4:12 Unused eslint-disable directive (no problems were reported from 'no-console').",
      "4:12 Unused eslint-disable directive (no problems were reported from 'no-unused-vars').",
      '5:1 Unused eslint-disable directive (no problems were reported).',
      "7:1 Unused eslint-enable directive (no matching eslint-disable directives were found for 'no-var').",
    ]);
  });

  it('a rule the configuration does not define, or ESLint removed, is named and silences nothing', () => {
    const text = lines(
      'var a = 1; // eslint-disable-line promise/prefer-await-to-then, no-var',
      'var b = 2; // eslint-disable-line space-in-brackets',
      '/* eslint-disable */',
      'var c = 3; // eslint-disable-line react/no-danger',
    );
    const messages = [at('no-var', 1, 1), at('no-var', 2, 1)];
    const left = applyDisableDirectives('a.js', text, messages, defined, { 'space-in-brackets': ['a', 'b'] });
    // the unknown rule of line 4 is reported where /* eslint-disable */ silences it (and so is used)
    expect(shown(left)).toEqual(['1:12 promise/prefer-await-to-then', '2:1 no-var', '2:12 space-in-brackets']);
    expect(left.map((message) => message.message).slice(0, 1)).toEqual([
      "Definition for rule 'promise/prefer-await-to-then' was not found.",
    ]);
    expect(left[2]).toMatchObject({
      message: "Rule 'space-in-brackets' was removed and replaced by: a, b",
      endLine: 2,
      endColumn: 52,
    });
  });

  it('an eslint-disable-line comment over several lines is ignored, with ESLint’s remark', () => {
    const text = lines('/* eslint-disable-line', '   no-var */ var a = 1;');
    expect(shown(applyDisableDirectives('a.js', text, [at('no-var', 2, 14)], defined))).toEqual([
      '1:1 eslint-disable-line comment should not span multiple lines.',
      '2:14 no-var',
    ]);
  });

  it('counts lines as ESLint does (\\r\\n, \\r, \\u2028)', () => {
    const text = 'var a = 1;\r\nvar b = 2;\rvar c = 3; // eslint-disable-line no-var\u2028var d = 4;\n';
    const messages = [at('no-var', 1, 1), at('no-var', 2, 1), at('no-var', 3, 1), at('no-var', 4, 1)];
    expect(shown(applyDisableDirectives('a.js', text, messages, defined))).toEqual([
      '1:1 no-var',
      '2:1 no-var',
      '4:1 no-var',
    ]);
  });

  it('configuresRules: a block comment that configures rules, as ESLint reads it; not a directive, an env or a string', () => {
    expect(configuresRules('a.js', '/* eslint max-params: ["error", 1] */\nfunction f(a, b) {}\n')).toBe(true);
    expect(configuresRules('a.ts', 'const a = 1; /*eslint no-var:0*/\n')).toBe(true);
    expect(configuresRules('a.js', '/* eslint not json */\n')).toBe(true);
    expect(configuresRules('a.js', '/* eslint-disable no-var */\n/* eslint-env node */\n')).toBe(false);
    expect(configuresRules('a.js', '// eslint no-var: 0\n')).toBe(false);
    expect(configuresRules('a.js', "const s = '/* eslint no-var: 0 */';\n")).toBe(false);
  });

  it('a /* global */ comment giving a global a value ESLint does not take is a remark, one per global', () => {
    const text = lines('/* global $: true, jQuery: false, angular, later: yes, old: 0 */', '// global bad: no');
    expect(shown(applyDisableDirectives('a.js', text, [], defined))).toEqual([
      "1:1 'yes' is not a valid configuration for a global (use 'readonly', 'writable', or 'off')",
      "1:1 '0' is not a valid configuration for a global (use 'readonly', 'writable', or 'off')",
    ]);
  });
});
