import type { LintFacts, LintInput, RawMessage } from '../../lint-spec.js';
import { adjustMessages } from '../../../environment/messages.js';
import type { FileEnvironment } from '../../../environment/types.js';
import { disableDirectives } from './directives.js';

/** One entry of `oxlint --format json`'s `diagnostics`. */
export interface OxlintDiagnostic {
  message: string;
  /** "eslint(no-var)", "typescript(no-explicit-any)", "upkeep-js(…)"; absent for parse errors */
  code?: string;
  severity: string;
  filename: string;
  labels?: Array<{ span: { offset: number; length: number; line: number; column: number } }>;
}

/** ESLint's no-redeclare message for a built-in global (messageId redeclaredAsBuiltin); oxlint's JSON has no message ids. */
const BUILTIN_REDECLARED = /is already defined as a built-in global variable/;

/** oxlint's message when a JS plugin rule throws while linting a file. */
const PLUGIN_CRASH = /JS plugin|javascript plugin|plugin.*(threw|error)/i;

/**
 * The facts of one module from oxlint's diagnostics for it: messages under ESLint's rule ids,
 * sorted as ESLint sorts them. oxlint's columns count UTF-8 bytes, ESLint's UTF-16 code units, so
 * positions in text with non-ASCII characters are recomputed from the byte offset.
 */
export function factsOf(
  input: LintInput,
  diagnostics: readonly OxlintDiagnostic[],
  statements: number | undefined,
  ruleIdOf: (path: string, code: string) => string | undefined,
  env?: FileEnvironment,
): LintFacts {
  // eslint-disable-next-line no-control-regex -- "any character outside ASCII" starts at \x00
  const positions = /[^\x00-\x7f]/.test(input.text) ? utf16Positions(input.text) : undefined;
  const messages: RawMessage[] = [];
  // the rules oxlint runs in upkeep's JS plugin are not silenced by it: ESLint's directives, applied here
  const silenced = diagnostics.length > 0 ? disableDirectives(input.path, input.text) : undefined;
  for (const diagnostic of diagnostics) {
    const span = diagnostic.labels?.[0]?.span;
    const at =
      span === undefined
        ? { line: 1, column: 1 }
        : positions
          ? positions(span.offset)
          : { line: span.line, column: span.column };
    if (diagnostic.code === undefined || diagnostic.code === '') {
      if (PLUGIN_CRASH.test(diagnostic.message)) return crashed(diagnostic.message);
      messages.push({
        ruleId: null,
        fatal: true,
        line: at.line,
        column: at.column,
        message: `Parsing error: ${diagnostic.message}`,
      });
      continue;
    }
    const ruleId = ruleIdOf(input.path, diagnostic.code);
    if (ruleId === undefined) {
      if (PLUGIN_CRASH.test(diagnostic.message)) return crashed(diagnostic.message);
      // not a rule of the preset: a semantic error oxlint's parser raises ("TS(1016)"), after which
      // it lints nothing in the file, so the module counts as not parsed
      messages.push({
        ruleId: null,
        fatal: true,
        line: at.line,
        column: at.column,
        message: `Parsing error: ${diagnostic.code}: ${diagnostic.message}`,
      });
      continue;
    }
    const message: RawMessage = {
      ruleId,
      fatal: false,
      line: Math.max(1, at.line),
      column: Math.max(1, at.column),
      message: diagnostic.message,
    };
    if (silenced?.(ruleId, message.line, message.column)) continue;
    if (BUILTIN_REDECLARED.test(diagnostic.message)) {
      // oxlint scopes a .js file without import/export as a script; ESLint, told the file is a
      // module or CommonJS, gives it its own scope, where nothing redeclares a built-in global
      if (env !== undefined && env.sourceType !== 'script') continue;
      message.messageId = 'redeclaredAsBuiltin';
    }
    messages.push(message);
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  const parseable = !messages.some((message) => message.fatal);
  return {
    statements: parseable ? (statements ?? 0) : 0,
    parseable,
    messages: adjustMessages(messages, env, input.text),
    ruleTypes: {},
  };
}

function crashed(message: string): LintFacts {
  return { statements: 0, parseable: true, messages: [], ruleTypes: {}, crash: message.split('\n')[0]!.slice(0, 500) };
}

/** Maps a UTF-8 byte offset of `text` to ESLint's 1-based line and UTF-16 column. */
function utf16Positions(text: string): (offset: number) => { line: number; column: number } {
  const bytes = Buffer.from(text, 'utf8');
  return (offset) => {
    const before = bytes.subarray(0, offset).toString('utf8');
    const lineStart = before.lastIndexOf('\n') + 1;
    let line = 1;
    for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
    return { line, column: before.length - lineStart + 1 };
  };
}
