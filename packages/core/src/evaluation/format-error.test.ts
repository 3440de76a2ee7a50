import { describe, expect, it } from 'vitest';
import { formatEvaluationError } from './format-error.js';
import { parseEvaluation } from './parse.js';

function formatted(source: string): string {
  const parsed = parseEvaluation(source);
  if (parsed.ok) throw new Error(`"${source}" parsed`);
  return formatEvaluationError(source, parsed.error);
}

describe('formatEvaluationError', () => {
  it('shows the message, the formula and a caret under the column', () => {
    expect(formatted('10 - (errors / statement) * 10')).toBe(
      [
        'unknown variable "errors" at column 7 (known: fatal, error, warning, refactor, convention, info, statement)',
        '  10 - (errors / statement) * 10',
        '        ^',
      ].join('\n'),
    );
  });

  it('puts the caret after the last character when the formula ends too early', () => {
    expect(formatted('max(0, 1')).toBe(
      [
        'unexpected end of expression at column 9 (expected ")" to close the "(" at column 4)',
        '  max(0, 1',
        '          ^',
      ].join('\n'),
    );
  });

  it('shows line breaks and tabs as spaces so the caret stays under the column', () => {
    expect(formatted('max(0,\n\t10 - errors)')).toBe(
      [
        'unknown variable "errors" at column 14 (known: fatal, error, warning, refactor, convention, info, statement)',
        '  max(0,  10 - errors)',
        '               ^',
      ].join('\n'),
    );
  });
});
