import type { LintFacts, LintInput, RawMessage } from '../../lint-spec.js';
import { adjustMessages } from '../../../environment/messages.js';
import type { FileEnvironment } from '../../../environment/types.js';
import { SONARJS_RULE_OF_KEY } from '@upkeep/eslint-plugin/oxlint';
import { definedRules, removedRules } from './defined-rules.js';
import { applyDisableDirectives } from './directives.js';
import { utf16Positions } from './positions.js';

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
  let messages: RawMessage[] = [];
  for (const diagnostic of diagnostics) {
    const span = diagnostic.labels?.[0]?.span;
    const at =
      span === undefined
        ? { line: 1, column: 1 }
        : positions
          ? positions(span.offset)
          : { line: span.line, column: span.column };
    if (diagnostic.code === undefined || diagnostic.code === '') {
      if (PLUGIN_CRASH.test(diagnostic.message)) return crashed(pluginCrash(diagnostic.message));
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
      if (PLUGIN_CRASH.test(diagnostic.message)) return crashed(pluginCrash(diagnostic.message));
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
    if (BUILTIN_REDECLARED.test(diagnostic.message)) {
      // oxlint scopes a .js file without import/export as a script; ESLint, told the file is a
      // module or CommonJS, gives it its own scope, where no declaration redeclares a built-in
      // global. A `/* global */` comment still does, in any module: ESLint reports it there.
      if (env !== undefined && env.sourceType !== 'script' && !inGlobalComment(input.text, span?.offset)) continue;
      message.messageId = 'redeclaredAsBuiltin';
    }
    messages.push(message);
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  const parseable = !messages.some((message) => message.fatal);
  // oxlint linted a copy whose eslint-disable comments were inert (inert-directives.ts): ESLint's
  // directives are applied here, to every message, with ESLint's remarks about unused ones
  if (parseable)
    messages = applyDisableDirectives(
      input.path,
      input.text,
      messages,
      definedRules(input.path, env?.testFile ?? false),
      removedRules(),
    );
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

/** Whether the UTF-8 byte `offset` of `text` lies inside a `/* global *\/` or `/* globals *\/` comment. */
function inGlobalComment(text: string, offset: number | undefined): boolean {
  if (offset === undefined) return false;
  const before = Buffer.from(text, 'utf8').subarray(0, offset).toString('utf8');
  const start = before.lastIndexOf('/*');
  if (start === -1 || before.indexOf('*/', start) !== -1) return false;
  return /^\/\*\s*globals?\s/.test(text.slice(start, start + 12));
}

/**
 * Where a stack frame of a failing rule lives, and the ESLint rule id that file is: ESLint's core
 * rules, typescript-eslint's, eslint-plugin-sonarjs's (one folder per Sonar key), upkeep's own
 * and eslint-plugin-chai-friendly's, as upkeep's JS plugin loads them.
 */
const RULE_FRAMES: ReadonlyArray<[RegExp, (match: RegExpExecArray) => string | undefined]> = [
  [/[\\/]eslint[\\/]lib[\\/]rules[\\/]([\w-]+)\.js/, (match) => (match[1] === 'utils' ? undefined : match[1])],
  [
    /[\\/]@typescript-eslint[\\/]eslint-plugin[\\/]dist[\\/]rules[\\/]([\w-]+)\.js/,
    (match) => `@typescript-eslint/${match[1]}`,
  ],
  [/[\\/]eslint-plugin-sonarjs[\\/]cjs[\\/](S\d+)[\\/]/, (match) => SONARJS_RULE_OF_KEY.get(match[1]!)],
  [/[\\/]rules[\\/](?:dist|src)[\\/]rules[\\/]([\w-]+)[\\/]/, (match) => `@upkeep/${match[1]}`],
  [/[\\/]eslint-plugin-chai-friendly[\\/]lib[\\/]rules[\\/]([\w-]+)\.js/, (match) => `chai-friendly/${match[1]}`],
];

/** upkeep's JS plugin itself (bridge, inline globals, statement counter). */
const BRIDGE_FRAME = /[\\/]rules[\\/](?:dist|src)[\\/](?:oxlint|statements)[\\/]/;

/**
 * oxlint's message when a JS plugin rule throws is "Error running JS plugin.", the file, then the
 * error and its stack. The fatal-error message names the rule whose file is the innermost frame of
 * the stack that belongs to a rule (or upkeep's JS plugin, or oxlint's host), then the error:
 * `Error running JS plugin (rule no-shadow): TypeError: …`.
 */
export function pluginCrash(message: string): string {
  const lines = message.split('\n');
  const error = lines.slice(1).find((line) => !/^\s*(File path:|at\s)/.test(line) && line.trim() !== '');
  const frames = lines.filter((line) => /^\s*at\s/.test(line));
  let where: string | undefined;
  for (const frame of frames) {
    for (const [pattern, ruleOf] of RULE_FRAMES) {
      const match = pattern.exec(frame);
      const ruleId = match ? ruleOf(match) : undefined;
      if (ruleId !== undefined) {
        where = `rule ${ruleId}`;
        break;
      }
    }
    if (where !== undefined) break;
    if (BRIDGE_FRAME.test(frame)) {
      where = "upkeep's JS plugin";
      break;
    }
  }
  if (where === undefined && frames.some((frame) => /[\\/]oxlint[\\/]dist[\\/]/.test(frame)))
    where = "oxlint's JS plugin host";
  const head = lines[0]!.replace(/\.$/, '');
  return `${head}${where === undefined ? '' : ` (${where})`}${error === undefined ? '' : `: ${error.trim()}`}`;
}
