import { EvaluationSyntaxErrorSignal, syntaxError } from './syntax-error.js';

export type Token =
  | { kind: 'number'; value: number; text: string; position: number }
  | { kind: 'name'; text: string; position: number }
  | { kind: 'operator'; text: string; position: number }
  | { kind: 'end'; text: ''; position: number };

const OPERATORS = ['<=', '>=', '==', '!=', '<', '>', '+', '-', '*', '/', '(', ')', ','];

/** Characters people type out of habit from other languages, with the spelling this language uses. */
const HABITS: Readonly<Record<string, string>> = {
  '=': 'did you mean "=="?',
  '!': 'did you mean "!=" or "not"?',
  '&': 'did you mean "and"?',
  '|': 'did you mean "or"?',
  '?': 'a conditional is written "a if condition else b"',
  ':': 'a conditional is written "a if condition else b"',
};

/** Python's float literal: `10`, `10.`, `0.5`, `.5`, `1e3`, `2.5E-1`. */
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /\s+/y;

function matchAt(pattern: RegExp, source: string, position: number): string | undefined {
  pattern.lastIndex = position;
  return pattern.exec(source)?.[0];
}

function readToken(source: string, position: number): Token {
  const number = matchAt(NUMBER, source, position);
  if (number !== undefined) {
    // "1e" or "1.5e+" would otherwise read as a number followed by a stray name
    const trailing = matchAt(NAME, source, position + number.length);
    if (trailing !== undefined) {
      throw new EvaluationSyntaxErrorSignal(syntaxError(position, `malformed number "${number}${trailing}"`));
    }
    return { kind: 'number', value: Number(number), text: number, position };
  }
  const name = matchAt(NAME, source, position);
  if (name !== undefined) return { kind: 'name', text: name, position };
  const operator = OPERATORS.find((candidate) => source.startsWith(candidate, position));
  if (operator !== undefined) return { kind: 'operator', text: operator, position };
  const character = String.fromCodePoint(source.codePointAt(position) ?? 0);
  throw new EvaluationSyntaxErrorSignal(
    syntaxError(position, `unexpected character "${character}"`, HABITS[character]),
  );
}

/** Splits a formula into tokens; the last token is always `end`. Throws the parser's error signal. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  for (;;) {
    position += matchAt(SPACE, source, position)?.length ?? 0;
    if (position >= source.length) {
      tokens.push({ kind: 'end', text: '', position: source.length });
      return tokens;
    }
    const token = readToken(source, position);
    tokens.push(token);
    position += token.text.length;
  }
}
