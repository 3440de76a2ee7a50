import {
  EVALUATION_FUNCTIONS,
  EVALUATION_VARIABLES,
  type ComparisonOperator,
  type Evaluation,
  type EvaluationFunction,
  type EvaluationNode,
  type EvaluationVariable,
} from './ast.js';
import { columnOf, EvaluationSyntaxErrorSignal, syntaxError, type EvaluationSyntaxError } from './syntax-error.js';
import { tokenize, type Token } from './tokenize.js';

export type ParseEvaluationResult = { ok: true; expression: Evaluation } | { ok: false; error: EvaluationSyntaxError };

const COMPARISONS: readonly string[] = ['<', '<=', '>', '>=', '==', '!='];
const KEYWORDS: readonly string[] = ['if', 'else', 'and', 'or', 'not'];
/** Deeper nesting than any real formula needs; the limit keeps hostile input from exhausting the stack. */
const MAX_NESTING = 100;

function isVariable(name: string): name is EvaluationVariable {
  return (EVALUATION_VARIABLES as readonly string[]).includes(name);
}

function isFunction(name: string): name is EvaluationFunction {
  return (EVALUATION_FUNCTIONS as readonly string[]).includes(name);
}

function describe(token: Token): string {
  return token.kind === 'end' ? 'end of expression' : `"${token.text}"`;
}

/**
 * Recursive descent over Python's expression grammar, restricted to what a score formula needs.
 * Precedence from loosest to tightest: `a if c else b`, `or`, `and`, `not`, comparisons,
 * `+ -`, `* /`, unary `-`, then numbers, variables, calls and parentheses.
 */
class Parser {
  private index = 0;
  private nesting = 0;

  constructor(private readonly tokens: Token[]) {}

  parseAll(): EvaluationNode {
    const root = this.expression();
    const rest = this.peek();
    if (rest.kind !== 'end') throw this.unexpected(rest);
    return root;
  }

  private peek(): Token {
    // tokenize always ends the list with an `end` token, and `advance` never moves past it
    return this.tokens[this.index] as Token;
  }

  private advance(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private isKeyword(text: string): boolean {
    const token = this.peek();
    return token.kind === 'name' && token.text === text;
  }

  private isOperator(text: string): boolean {
    const token = this.peek();
    return token.kind === 'operator' && token.text === text;
  }

  private unexpected(token: Token, hint?: string): EvaluationSyntaxErrorSignal {
    return new EvaluationSyntaxErrorSignal(syntaxError(token.position, `unexpected ${describe(token)}`, hint));
  }

  /** Runs `parse` one level deeper, for every construct that can contain itself. */
  private nested<T>(token: Token, parse: () => T): T {
    if (this.nesting >= MAX_NESTING) throw this.fail(token, `expression nested more than ${MAX_NESTING} levels deep`);
    this.nesting += 1;
    try {
      return parse();
    } finally {
      this.nesting -= 1;
    }
  }

  private expression(): EvaluationNode {
    const then = this.disjunction();
    if (!this.isKeyword('if')) return then;
    const position = this.advance().position;
    const test = this.disjunction();
    if (!this.isKeyword('else')) {
      throw this.unexpected(this.peek(), 'expected "else": a conditional is written "a if condition else b"');
    }
    const otherwiseToken = this.advance();
    const otherwise = this.nested(otherwiseToken, () => this.expression());
    return { kind: 'conditional', test, then, otherwise, position };
  }

  private disjunction(): EvaluationNode {
    let left = this.conjunction();
    while (this.isKeyword('or')) {
      const position = this.advance().position;
      left = { kind: 'logical', operator: 'or', left, right: this.conjunction(), position };
    }
    return left;
  }

  private conjunction(): EvaluationNode {
    let left = this.inversion();
    while (this.isKeyword('and')) {
      const position = this.advance().position;
      left = { kind: 'logical', operator: 'and', left, right: this.inversion(), position };
    }
    return left;
  }

  private inversion(): EvaluationNode {
    if (!this.isKeyword('not')) return this.comparison();
    const token = this.advance();
    const operand = this.nested(token, () => this.inversion());
    return { kind: 'not', operand, position: token.position };
  }

  private comparison(): EvaluationNode {
    const first = this.sum();
    const rest: { operator: ComparisonOperator; operand: EvaluationNode }[] = [];
    for (let token = this.peek(); token.kind === 'operator' && COMPARISONS.includes(token.text); token = this.peek()) {
      this.advance();
      rest.push({ operator: token.text as ComparisonOperator, operand: this.sum() });
    }
    return rest.length === 0 ? first : { kind: 'comparison', first, rest, position: first.position };
  }

  private sum(): EvaluationNode {
    let left = this.term();
    while (this.isOperator('+') || this.isOperator('-')) {
      const token = this.advance();
      const operator = token.text as '+' | '-';
      left = { kind: 'arithmetic', operator, left, right: this.term(), position: token.position };
    }
    return left;
  }

  private term(): EvaluationNode {
    let left = this.factor();
    while (this.isOperator('*') || this.isOperator('/')) {
      const token = this.advance();
      const operator = token.text as '*' | '/';
      left = { kind: 'arithmetic', operator, left, right: this.factor(), position: token.position };
    }
    return left;
  }

  private factor(): EvaluationNode {
    if (!this.isOperator('-')) return this.primary();
    const token = this.advance();
    const operand = this.nested(token, () => this.factor());
    return { kind: 'negate', operand, position: token.position };
  }

  private primary(): EvaluationNode {
    const token = this.advance();
    if (token.kind === 'number') return { kind: 'number', value: token.value, position: token.position };
    if (token.kind === 'operator' && token.text === '(') return this.parenthesized(token);
    if (token.kind === 'name' && !KEYWORDS.includes(token.text)) return this.name(token);
    throw this.unexpected(token);
  }

  private parenthesized(open: Token): EvaluationNode {
    const inner = this.nested(open, () => this.expression());
    this.close(open);
    return inner;
  }

  private close(open: Token): void {
    if (this.isOperator(')')) {
      this.advance();
      return;
    }
    const hint = `expected ")" to close the "(" at column ${columnOf(open.position)}`;
    throw this.unexpected(this.peek(), hint);
  }

  private name(token: Token): EvaluationNode {
    const calling = this.isOperator('(');
    if (calling) {
      if (!isFunction(token.text)) {
        throw this.fail(token, `unknown function "${token.text}"`, `known: ${EVALUATION_FUNCTIONS.join(', ')}`);
      }
      return this.call(token.text, token);
    }
    if (isVariable(token.text)) return { kind: 'variable', name: token.text, position: token.position };
    if (isFunction(token.text)) {
      throw this.fail(token, `"${token.text}" is a function`, `call it as ${token.text}(...)`);
    }
    throw this.fail(token, `unknown variable "${token.text}"`, `known: ${EVALUATION_VARIABLES.join(', ')}`);
  }

  private call(callee: EvaluationFunction, token: Token): EvaluationNode {
    const open = this.advance();
    const args: EvaluationNode[] = [];
    while (!this.isOperator(')')) {
      args.push(this.nested(open, () => this.expression()));
      // Python accepts a trailing comma in a call: max(0, x,)
      if (!this.isOperator(',')) break;
      this.advance();
    }
    this.close(open);
    if (args.length === 0) throw this.fail(token, `${callee}() needs at least one argument`);
    if (callee === 'float' && args.length !== 1) throw this.fail(token, 'float() takes exactly one argument');
    return { kind: 'call', callee, args, position: token.position };
  }

  private fail(token: Token, problem: string, hint?: string): EvaluationSyntaxErrorSignal {
    return new EvaluationSyntaxErrorSignal(syntaxError(token.position, problem, hint));
  }
}

/**
 * Parses a score formula written in pylint's syntax (a Python expression over the message counts).
 * Never evaluates code: only the grammar documented in docs/scoring.md is accepted.
 */
export function parseEvaluation(source: string): ParseEvaluationResult {
  try {
    const root = new Parser(tokenize(source)).parseAll();
    return { ok: true, expression: { source, root } };
  } catch (signal) {
    if (signal instanceof EvaluationSyntaxErrorSignal) return { ok: false, error: signal.detail };
    throw signal;
  }
}
