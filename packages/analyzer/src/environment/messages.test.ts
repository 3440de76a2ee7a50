import { describe, expect, it } from 'vitest';
import { adjustMessages, rulesTurnedOff } from './messages.js';

describe('configuration comments that turn rules off', () => {
  it.each([
    ['/* eslint no-undef: "off" */\n$(f);', ['no-undef']],
    ["/*eslint no-undef:0, quotes: [2, 'double'], no-console: 'off'*/", ['no-console', 'no-undef']],
    ['/* eslint @typescript-eslint/no-explicit-any: ["off"] */', ['@typescript-eslint/no-explicit-any']],
    ['/* eslint no-undef: "error" */', []],
    ['/* eslint-disable no-undef */\n/* eslint-env browser */', []],
    ['// eslint no-undef: off', []],
  ] as const)('%j turns off %j', (text, expected) => {
    expect([...rulesTurnedOff(text)].sort()).toEqual(expected);
  });

  it("drops those rules' messages and keeps the others", () => {
    const message = (ruleId: string | null, text: string) => ({
      ruleId,
      message: text,
      line: 1,
      column: 1,
      severity: 2 as const,
    });
    const kept = adjustMessages(
      [
        message('no-undef', "'$' is not defined."),
        message('no-var', 'Unexpected var.'),
        message(null, 'Parsing error'),
      ],
      undefined,
      '/* eslint no-undef: "off" */\nvar a = $;\n',
    );
    expect(kept.map((m) => m.ruleId)).toEqual(['no-var', null]);
  });
});
