import { describe, expect, it } from 'vitest';
import type { EvaluationVariables } from './evaluate.js';
import { evaluate } from './evaluate.js';
import { parseEvaluation } from './parse.js';

const vars: EvaluationVariables = {
  fatal: 0,
  error: 1,
  warning: 2,
  refactor: 3,
  convention: 4,
  info: 5,
  statement: 20,
};

function valueOf(source: string, overrides: Partial<EvaluationVariables> = {}): number {
  const parsed = parseEvaluation(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return evaluate(parsed.expression, { ...vars, ...overrides });
}

function errorOf(source: string): { message: string; position: number; column: number } {
  const parsed = parseEvaluation(source);
  if (parsed.ok) throw new Error(`"${source}" parsed`);
  return parsed.error;
}

describe('parseEvaluation: valid formulas', () => {
  it('keeps the source on the parsed expression', () => {
    const parsed = parseEvaluation('10 - error');
    expect(parsed.ok && parsed.expression.source).toBe('10 - error');
  });

  it('reads Python number literals', () => {
    expect(valueOf('10')).toBe(10);
    expect(valueOf('0.5')).toBe(0.5);
    expect(valueOf('.25')).toBe(0.25);
    expect(valueOf('10.')).toBe(10);
    expect(valueOf('1e3')).toBe(1000);
    expect(valueOf('2.5E-1')).toBe(0.25);
  });

  it('reads every variable', () => {
    expect(valueOf('fatal + error * 10 + warning * 100 + refactor * 1000 + convention * 10000 + info * 100000')).toBe(
      543210,
    );
    expect(valueOf('statement')).toBe(20);
  });

  it('gives * and / precedence over + and -, left to right', () => {
    expect(valueOf('2 + 3 * 4')).toBe(14);
    expect(valueOf('10 - 4 - 3')).toBe(3);
    expect(valueOf('12 / 3 / 2')).toBe(2);
    expect(valueOf('(2 + 3) * 4')).toBe(20);
    expect(valueOf('2 * 3 + 4 * 5 - 6 / 3')).toBe(24);
  });

  it('binds unary minus tighter than * and allows it repeated', () => {
    expect(valueOf('-2 * 3')).toBe(-6);
    expect(valueOf('- - 4')).toBe(4);
    expect(valueOf('3 - -2')).toBe(5);
    expect(valueOf('-(1 + 2)')).toBe(-3);
  });

  it('evaluates the conditional a if condition else b, nesting to the right', () => {
    expect(valueOf('1 if fatal else 2')).toBe(2);
    expect(valueOf('1 if fatal else 2', { fatal: 3 })).toBe(1);
    expect(valueOf('1 if fatal else 2 if error else 3')).toBe(2);
    expect(valueOf('1 if fatal else 2 if error else 3', { error: 0 })).toBe(3);
    expect(valueOf('(1 if fatal else 2) * 10')).toBe(20);
    // the whole "10 - x" is the true branch, as in Python
    expect(valueOf('10 - 1 if error else 0')).toBe(9);
  });

  it('compares with < <= > >= == != and chains comparisons as Python does', () => {
    expect([valueOf('1 < 2'), valueOf('2 < 2'), valueOf('2 <= 2'), valueOf('3 > 2')]).toEqual([1, 0, 1, 1]);
    expect([valueOf('2 >= 3'), valueOf('error == 1'), valueOf('error != 1')]).toEqual([0, 1, 0]);
    expect(valueOf('0 < error < warning')).toBe(1);
    expect(valueOf('0 < warning < error')).toBe(0);
    expect(valueOf('1 + 1 == 2')).toBe(1);
  });

  it('combines conditions with not, and, or at Python precedence', () => {
    expect(valueOf('not fatal')).toBe(1);
    expect(valueOf('not error')).toBe(0);
    expect(valueOf('not error == 2')).toBe(1);
    expect(valueOf('fatal or error and warning')).toBe(2);
    expect(valueOf('not fatal and not error', { error: 0 })).toBe(1);
    expect(valueOf('0 if error > 0 and statement < 10 else 10')).toBe(10);
    expect(valueOf('0 if error > 0 or statement < 10 else 10')).toBe(0);
  });

  it('calls min, max and float with one or more arguments', () => {
    expect(valueOf('max(1, 7, 3)')).toBe(7);
    expect(valueOf('min(4, -2, 9)')).toBe(-2);
    expect(valueOf('max(5)')).toBe(5);
    expect(valueOf('max(0, min(10, 12),)')).toBe(10);
    expect(valueOf('float(error + 1)')).toBe(2);
  });

  it("accepts pylint 2's default, spelled with float()", () => {
    const pylintDefault =
      'max(0, 0 if fatal else 10.0 - ((float(5 * error + warning + refactor + convention) / statement) * 10))';
    expect(valueOf(pylintDefault, { error: 1, warning: 2, refactor: 0, convention: 0, statement: 10 })).toBe(3);
  });

  it('ignores spaces, tabs and line breaks between tokens', () => {
    expect(valueOf('  max(\n\t1 ,2 )  ')).toBe(2);
  });
});

describe('parseEvaluation: errors name the problem and where it is', () => {
  it('reports an unexpected closing parenthesis', () => {
    expect(errorOf('10 - (error + )')).toEqual({ message: 'unexpected ")" at column 15', position: 14, column: 15 });
  });

  it('reports an unknown variable and lists the known ones', () => {
    expect(errorOf('10 - (errors / statement)')).toEqual({
      message:
        'unknown variable "errors" at column 7 (known: fatal, error, warning, refactor, convention, info, statement)',
      position: 6,
      column: 7,
    });
  });

  it('reports an unknown function and lists the known ones', () => {
    expect(errorOf('round(error)')).toEqual({
      message: 'unknown function "round" at column 1 (known: min, max, float)',
      position: 0,
      column: 1,
    });
  });

  it('reports a function used as a variable', () => {
    expect(errorOf('10 - max').message).toBe('"max" is a function at column 6 (call it as max(...))');
  });

  it('reports a missing else', () => {
    expect(errorOf('0 if fatal').message).toBe(
      'unexpected end of expression at column 11 (expected "else": a conditional is written "a if condition else b")',
    );
  });

  it('reports an unclosed parenthesis with the column of its opening', () => {
    expect(errorOf('max(0, (1 + 2)')).toEqual({
      message: 'unexpected end of expression at column 15 (expected ")" to close the "(" at column 4)',
      position: 14,
      column: 15,
    });
  });

  it('reports missing commas between arguments', () => {
    expect(errorOf('max(0 1)').message).toBe('unexpected "1" at column 7 (expected ")" to close the "(" at column 4)');
  });

  it('reports calls without arguments and float with several', () => {
    expect(errorOf('max()').message).toBe('max() needs at least one argument at column 1');
    expect(errorOf('1 + min( )').message).toBe('min() needs at least one argument at column 5');
    expect(errorOf('float(1, 2)').message).toBe('float() takes exactly one argument at column 1');
  });

  it('reports characters from other languages with the spelling to use', () => {
    expect(errorOf('error = 0').message).toBe('unexpected character "=" at column 7 (did you mean "=="?)');
    expect(errorOf('error && fatal').message).toBe('unexpected character "&" at column 7 (did you mean "and"?)');
    expect(errorOf('!fatal').message).toBe('unexpected character "!" at column 1 (did you mean "!=" or "not"?)');
    expect(errorOf('fatal ? 0 : 10').message).toBe(
      'unexpected character "?" at column 7 (a conditional is written "a if condition else b")',
    );
    expect(errorOf('error % 2').message).toBe('unexpected character "%" at column 7');
  });

  it('reports malformed numbers and a stray operator', () => {
    expect(errorOf('10 - 1e').message).toBe('malformed number "1e" at column 6');
    expect(errorOf('2 ** 3')).toEqual({ message: 'unexpected "*" at column 4', position: 3, column: 4 });
  });

  it('reports keywords where a value belongs', () => {
    expect(errorOf('if fatal else 1').message).toBe('unexpected "if" at column 1');
    expect(errorOf('not').message).toBe('unexpected end of expression at column 4');
  });

  it('reports an empty formula', () => {
    expect(errorOf('')).toEqual({ message: 'unexpected end of expression at column 1', position: 0, column: 1 });
    expect(errorOf('   ')).toEqual({ message: 'unexpected end of expression at column 4', position: 3, column: 4 });
  });

  it('reports what follows a complete expression', () => {
    expect(errorOf('10 error').message).toBe('unexpected "error" at column 4');
    expect(errorOf('(1))').message).toBe('unexpected ")" at column 4');
  });

  it('shows a character outside the language whole, even one outside the BMP', () => {
    expect(errorOf('1 + 😀')).toEqual({ message: 'unexpected character "😀" at column 5', position: 4, column: 5 });
    expect(errorOf('max(1, 2) + "x"').message).toBe('unexpected character """ at column 13');
  });

  it('refuses nesting deeper than 100 levels instead of exhausting the stack', () => {
    expect(valueOf(`${'('.repeat(100)}1${')'.repeat(100)}`)).toBe(1);
    expect(errorOf(`${'('.repeat(101)}1${')'.repeat(101)}`)).toEqual({
      message: 'expression nested more than 100 levels deep at column 101',
      position: 100,
      column: 101,
    });
    expect(errorOf(`${'-'.repeat(5000)}1`).message).toBe('expression nested more than 100 levels deep at column 101');
  });
});
