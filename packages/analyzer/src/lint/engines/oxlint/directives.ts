import { ConfigCommentParser } from '@eslint/plugin-kit';
import type { RawMessage } from '../../lint-spec.js';
import { commentsOf } from './comments.js';
import { lineIndex } from './positions.js';

/**
 * ESLint's inline disable directives, applied to one module's messages as ESLint's Linter applies
 * them (eslint/lib/linter/apply-disable-directives.js, ESLint 10, with its default
 * `reportUnusedDisableDirectives: "warn"`): `/* eslint-disable [rules] *\/` until
 * `/* eslint-enable [rules] *\/` (block comments only), `eslint-disable-line [rules]` on the
 * comment's line, `eslint-disable-next-line [rules]` on the line after the comment ends; no rules
 * means every rule; a description follows ` -- `. Comments are parsed with ESLint's own parser for
 * them (`ConfigCommentParser` of @eslint/plugin-kit).
 *
 * The oxlint engine hands oxlint a copy of each module whose directives are inert (see
 * inert-directives.ts) and applies them here, by ESLint rule id, to every message: the messages it
 * silences are dropped, and what ESLint says about the comments is added, as messages with the
 * same text, position and rule id as ESLint's (upkeep counts them as remarks, category I):
 * - `Unused eslint-disable directive (no problems were reported from 'no-var').` (rule id null);
 * - `Unused eslint-enable directive (no matching eslint-disable directives were found).`;
 * - `Definition for rule 'x' was not found.` (rule id `x`) for a rule the configuration does not
 *   define, or ESLint's `Rule 'x' was removed and replaced by: y` for one it removed; such a name
 *   silences nothing;
 * - `eslint-disable-line comment should not span multiple lines.` (that comment is ignored);
 * - for a `/* global *\/` comment, a value ESLint does not take (`/* global $: yes *\/`). A module
 *   with an inline configuration comment (`/* eslint no-eval: 0 *\/`) is linted by ESLint itself
 *   (configuresRules), so what ESLint says about those is ESLint's own.
 *
 * @param messages the module's messages under ESLint rule ids, 1-based lines and UTF-16 columns
 * @param ruleDefined whether ESLint's configuration for this module defines a rule id (core rules
 *   and the registered plugins' rules, whether turned on or not)
 * @param removedRules ESLint's removed core rules and their replacements (conf/replacements.json)
 * @returns the messages left, with the remarks about directives, sorted by position; `messages`
 *   itself when the module has no directive (or does not parse: oxlint reports that)
 */
export function applyDisableDirectives(
  path: string,
  text: string,
  messages: RawMessage[],
  ruleDefined: (ruleId: string) => boolean,
  removedRules: Readonly<Record<string, readonly string[]>> = {},
): RawMessage[] {
  if (!text.includes('eslint-disable') && !text.includes('eslint-enable') && !INLINE_CONFIG.test(text)) return messages;
  const found = directivesOf(path, text, ruleDefined, removedRules);
  if (found === undefined || (found.directives.length === 0 && found.problems.length === 0)) return messages;
  const problems = [...found.problems, ...messages].sort(compareLocations);
  const block = found.directives.filter((directive) => directive.type === 'disable' || directive.type === 'enable');
  const line = found.directives.flatMap(lineRange).sort(compareLocations);
  const suppressed = new Set<RawMessage>();
  const blockUnused = applyDirectives(problems, block.map(asProcessed).sort(compareLocations), suppressed);
  const lineUnused = applyDirectives(problems, line, suppressed);
  const left = problems.filter((problem) => !suppressed.has(problem));
  return [...left, ...blockUnused, ...lineUnused].sort(compareLocations);
}

type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

/** One rule (or all: null) of one directive comment, at ESLint's location for it. */
interface Directive {
  type: DirectiveType;
  ruleId: string | null;
  line: number;
  column: number;
  parent: DirectiveComment;
}

interface DirectiveComment {
  /** 1-based start of the comment */
  line: number;
  column: number;
  ruleIds: string[];
}

/** A directive as applied: a line directive becomes a disable and an enable around its line. */
interface Processed {
  type: 'disable' | 'enable';
  ruleId: string | null;
  line: number;
  column: number;
  source: Directive;
}

/** A block comment that may configure rules or globals: `/* eslint no-eval: 0 *\/`, `/* global $: true *\/`. */
const INLINE_CONFIG = /\/\*\s*(?:eslint|globals?)\s/;
/** A block comment that may configure rules: `/* eslint no-eval: 0 *\/` (not `eslint-disable`, `eslint-env`). */
const RULES_CONFIG = /\/\*\s*eslint\s/;

/** The values ESLint takes for a global in a comment (its normalizeConfigGlobal); null: the name alone. */
const GLOBAL_VALUES = new Set<unknown>([
  'off',
  true,
  'true',
  'writeable',
  'writable',
  null,
  false,
  'false',
  'readable',
  'readonly',
]);
const LABELS = new Set(['eslint-disable', 'eslint-enable', 'eslint-disable-line', 'eslint-disable-next-line']);
const commentParser = new ConfigCommentParser();

function directivesOf(
  path: string,
  text: string,
  ruleDefined: (ruleId: string) => boolean,
  removedRules: Readonly<Record<string, readonly string[]>>,
): { directives: Directive[]; problems: RawMessage[] } | undefined {
  const comments = commentsOf(path, text);
  if (comments === undefined) return undefined;
  const locate = lineIndex(text);
  const spanOf = (comment: { start: number; end: number }): Span => {
    const start = locate(comment.start);
    const end = locate(comment.end);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
  const directives: Directive[] = [];
  const problems: RawMessage[] = [];
  for (const comment of comments) {
    const parsed = commentParser.parseDirective(comment.value);
    if (parsed === undefined) continue;
    if ((parsed.label === 'global' || parsed.label === 'globals') && comment.type === 'Block') {
      problems.push(...globalsRemarks(parsed.value, spanOf(comment)));
      continue;
    }
    if (!LABELS.has(parsed.label)) continue;
    const lineDirective = parsed.label === 'eslint-disable-line' || parsed.label === 'eslint-disable-next-line';
    if (comment.type !== 'Block' && !lineDirective) continue;
    const span = spanOf(comment);
    const start = { line: span.line, column: span.column };
    const end = { line: span.endLine, column: span.endColumn };
    if (parsed.label === 'eslint-disable-line' && start.line !== end.line) {
      problems.push({
        ruleId: null,
        fatal: false,
        ...span,
        message: `${parsed.label} comment should not span multiple lines.`,
      });
      continue;
    }
    const type = parsed.label.slice('eslint-'.length) as DirectiveType;
    const ruleIds = Object.keys(commentParser.parseListConfig(parsed.value));
    const parent: DirectiveComment = { line: start.line, column: start.column, ruleIds };
    const at = type === 'disable-next-line' ? end : start;
    for (const ruleId of ruleIds.length > 0 ? ruleIds : [null]) {
      if (ruleId === null || ruleDefined(ruleId)) {
        directives.push({ type, ruleId, line: at.line, column: at.column, parent });
        continue;
      }
      problems.push(undefinedRule(ruleId, span, removedRules));
    }
  }
  return { directives, problems };
}

interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** ESLint's remark for a rule name its configuration does not define (or a core rule it removed). */
function undefinedRule(
  ruleId: string,
  span: Span,
  removedRules: Readonly<Record<string, readonly string[]>>,
): RawMessage {
  const replacedBy = Object.hasOwn(removedRules, ruleId) ? removedRules[ruleId] : undefined;
  const message = replacedBy
    ? `Rule '${ruleId}' was removed and replaced by: ${replacedBy.join(', ')}`
    : `Definition for rule '${ruleId}' was not found.`;
  return { ruleId, fatal: false, ...span, message };
}

/** ESLint's remark for each global of a `/* global *\/` comment given a value it does not take (`/* global $: yes *\/`). */
function globalsRemarks(value: string, span: Span): RawMessage[] {
  return Object.entries(commentParser.parseStringConfig(value))
    .filter(([, setting]) => !GLOBAL_VALUES.has(setting))
    .map(([, setting]) => ({
      ruleId: null,
      fatal: false,
      ...span,
      message: `'${String(setting)}' is not a valid configuration for a global (use 'readonly', 'writable', or 'off')`,
    }));
}

function asProcessed(directive: Directive): Processed {
  return {
    type: directive.type as Processed['type'],
    ruleId: directive.ruleId,
    line: directive.line,
    column: directive.column,
    source: directive,
  };
}

/** A line directive as ESLint applies it: disabled from column 1 of its line to the start of the next. */
function lineRange(directive: Directive): Processed[] {
  if (directive.type === 'disable' || directive.type === 'enable') return [];
  const line = directive.type === 'disable-line' ? directive.line : directive.line + 1;
  const { ruleId } = directive;
  return [
    { type: 'disable', ruleId, line, column: 1, source: directive },
    { type: 'enable', ruleId, line: line + 1, column: 0, source: directive },
  ];
}

function compareLocations(a: { line: number; column: number }, b: { line: number; column: number }): number {
  return a.line - b.line || a.column - b.column;
}

/**
 * ESLint's applyDirectives: adds to `suppressed` the problems a directive silences (the last
 * disable in force is the one used, and only for a problem no earlier pass silenced); returns the
 * unused disable and enable directives as remarks.
 */
function applyDirectives(problems: RawMessage[], directives: Processed[], suppressed: Set<RawMessage>): RawMessage[] {
  if (directives.length === 0) return [];
  const used = new Set<Processed>();
  for (const problem of problems) {
    let disabling: Processed[] = [];
    for (const directive of directives) {
      if (compareLocations(directive, problem) > 0) break;
      if (directive.ruleId !== null && directive.ruleId !== problem.ruleId) continue;
      if (directive.type === 'disable') disabling.push(directive);
      else disabling = [];
    }
    if (disabling.length === 0) continue;
    if (!suppressed.has(problem)) used.add(disabling.at(-1)!);
    suppressed.add(problem);
  }
  const unusedDisable = directives.filter((directive) => directive.type === 'disable' && !used.has(directive));
  const enables = directives.filter((directive) => directive.source.type === 'enable');
  const usedEnables = usedEnableDirectives(directives);
  const unusedEnable = enables.filter((directive) => !usedEnables.has(directive));
  return [...unusedRemarks(unusedDisable), ...unusedRemarks(unusedEnable)];
}

/** ESLint's collectUsedEnableDirectives: an enable is used when a disable before it turned off what it turns on. */
function usedEnableDirectives(directives: Processed[]): Set<Processed> {
  const enabled = new Map<string | null, Processed>();
  const used = new Set<Processed>();
  for (let index = directives.length - 1; index >= 0; index--) {
    const directive = directives[index]!;
    if (directive.type === 'disable') {
      if (enabled.size === 0) continue;
      if (directive.ruleId === null) {
        for (const enable of enabled.values()) used.add(enable);
        enabled.clear();
      } else {
        const enable = enabled.get(directive.ruleId) ?? enabled.get(null);
        if (enable) used.add(enable);
      }
    } else if (directive.ruleId === null) {
      enabled.clear();
      enabled.set(null, directive);
    } else enabled.set(directive.ruleId, directive);
  }
  return used;
}

/**
 * ESLint's remarks for unused directives: one per comment when all of its rules are unused (naming
 * them), else one per unused rule; each at the comment's start (a next-line directive itself sits
 * at the comment's end).
 */
function unusedRemarks(unused: Processed[]): RawMessage[] {
  const byComment = new Map<DirectiveComment, Processed[]>();
  for (const directive of unused) {
    const group = byComment.get(directive.source.parent);
    if (group) group.push(directive);
    else byComment.set(directive.source.parent, [directive]);
  }
  const remarks: RawMessage[] = [];
  for (const [parent, group] of byComment) {
    const remaining = new Set(parent.ruleIds);
    for (const directive of group) remaining.delete(directive.ruleId!);
    const descriptions =
      remaining.size > 0
        ? group.map((directive) => `'${directive.ruleId}'`)
        : [joinedNames(group.filter((directive) => directive.ruleId).map((directive) => `'${directive.ruleId}'`))];
    for (const description of descriptions) {
      const { source } = group[0]!;
      const enable = source.type === 'enable';
      const message = enable
        ? description
          ? `Unused eslint-enable directive (no matching eslint-disable directives were found for ${description}).`
          : 'Unused eslint-enable directive (no matching eslint-disable directives were found).'
        : description
          ? `Unused eslint-disable directive (no problems were reported from ${description}).`
          : 'Unused eslint-disable directive (no problems were reported).';
      const at = source.type === 'disable-next-line' ? parent : source;
      remarks.push({ ruleId: null, fatal: false, line: at.line, column: at.column, message });
    }
  }
  return remarks;
}

/** 'a', 'a' or 'b', 'a', 'b', or 'c' — as ESLint lists the rules of one unused comment. */
function joinedNames(names: string[]): string {
  return names.length <= 2 ? names.join(' or ') : `${names.slice(0, -1).join(', ')}, or ${names.at(-1)}`;
}

/**
 * Whether a module configures rules in a block comment (`/* eslint max-params: ["error", 1] *\/`),
 * as ESLint reads them: such a module is linted by ESLint, since oxlint takes the comment's
 * severity but neither its options nor rules the preset does not turn on.
 */
export function configuresRules(path: string, text: string): boolean {
  if (!RULES_CONFIG.test(text)) return false;
  return (commentsOf(path, text) ?? []).some(
    (comment) => comment.type === 'Block' && commentParser.parseDirective(comment.value)?.label === 'eslint',
  );
}
