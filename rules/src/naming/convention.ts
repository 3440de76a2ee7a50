/**
 * The naming convention shared by the `identifier-naming` rule (which reports names) and the
 * `rename` codemod (which fixes them): one definition of what a word is, of each case style, and
 * of which style each kind of name follows, so that a name the codemod produces is a name the rule
 * accepts. Pure string functions: no ESLint, no TypeScript.
 */

import { isForbiddenName } from './reserved.js';

export type NameKind =
  | 'variable'
  | 'constant'
  | 'function'
  | 'parameter'
  | 'class'
  | 'interface'
  | 'typeAlias'
  | 'enum'
  | 'enumMember'
  | 'method'
  | 'property';

export type CaseStyle = 'camelCase' | 'PascalCase' | 'CONSTANT_CASE' | 'snake_case';

export const NAME_KINDS: readonly NameKind[] = [
  'variable',
  'constant',
  'function',
  'parameter',
  'class',
  'interface',
  'typeAlias',
  'enum',
  'enumMember',
  'method',
  'property',
];

export const CASE_STYLES: readonly CaseStyle[] = ['camelCase', 'PascalCase', 'CONSTANT_CASE', 'snake_case'];

export interface NamingOptions {
  /** style per kind; defaults in DEFAULT_STYLES */
  styles?: Partial<Record<NameKind, CaseStyle>>;
  /** CONSTANT_CASE allowed for module-level constants (default true) */
  allowConstantCase?: boolean;
  /** leading underscores allowed and kept (default true) */
  allowLeadingUnderscore?: boolean;
  /**
   * PascalCase also accepted for variables, constants and functions whose configured style is
   * camelCase (default true): constructor functions, React components and classes held in a
   * variable are PascalCase by a convention older than `class`.
   */
  allowPascalCaseValues?: boolean;
}

export interface NamingContext {
  /** the name is a `const` declared at the top level of a module (or a script) */
  moduleLevelConst?: boolean;
}

export const DEFAULT_STYLES: Readonly<Record<NameKind, CaseStyle>> = Object.freeze({
  variable: 'camelCase',
  constant: 'camelCase',
  function: 'camelCase',
  parameter: 'camelCase',
  class: 'PascalCase',
  interface: 'PascalCase',
  typeAlias: 'PascalCase',
  enum: 'PascalCase',
  enumMember: 'PascalCase',
  method: 'camelCase',
  property: 'camelCase',
});

/** Kinds for which PascalCase is also a value's conventional name (see allowPascalCaseValues). */
const PASCAL_VALUE_KINDS: ReadonlySet<NameKind> = new Set(['variable', 'constant', 'function']);

// Letters without case (CJK, Arabic…) count as either case, so such names always conform.
const UPPER = '\\p{Lu}\\p{Lt}';
const LOWER = '\\p{Ll}\\p{Lm}';
const CASELESS = '\\p{Lo}';
const DIGIT = '\\p{Nd}\\p{Nl}';
const MARK = '\\p{Mn}\\p{Mc}';

const STYLE_PATTERNS: Readonly<Record<CaseStyle, RegExp>> = {
  camelCase: new RegExp(`^[${LOWER}${CASELESS}][${UPPER}${LOWER}${CASELESS}${DIGIT}${MARK}]*$`, 'u'),
  PascalCase: new RegExp(`^[${UPPER}${CASELESS}][${UPPER}${LOWER}${CASELESS}${DIGIT}${MARK}]*$`, 'u'),
  CONSTANT_CASE: new RegExp(
    `^[${UPPER}${CASELESS}][${UPPER}${CASELESS}${DIGIT}${MARK}]*(?:_[${UPPER}${CASELESS}${DIGIT}${MARK}]+)*$`,
    'u',
  ),
  snake_case: new RegExp(
    `^[${LOWER}${CASELESS}][${LOWER}${CASELESS}${DIGIT}${MARK}]*(?:_[${LOWER}${CASELESS}${DIGIT}${MARK}]+)*$`,
    'u',
  ),
};

const HAS_LETTER = /\p{L}/u;
const AFFIXES = /^([_$]*)(.*?)([_$]*)$/su;
const IS_UPPER = new RegExp(`[${UPPER}]`, 'u');
const IS_LOWER = new RegExp(`[${LOWER}${CASELESS}]`, 'u');
const IS_DIGIT = new RegExp(`[${DIGIT}]`, 'u');

interface Affixed {
  prefix: string;
  core: string;
  suffix: string;
}

/** Leading and trailing `_`/`$` are markers (private, unused, jQuery object), not part of the words. */
function splitAffixes(name: string): Affixed {
  const match = AFFIXES.exec(name);
  return { prefix: match?.[1] ?? '', core: match?.[2] ?? name, suffix: match?.[3] ?? '' };
}

type CharClass = 'upper' | 'lower' | 'digit' | 'other';

function classify(char: string): CharClass {
  if (IS_UPPER.test(char)) return 'upper';
  if (IS_LOWER.test(char)) return 'lower';
  if (IS_DIGIT.test(char)) return 'digit';
  return 'other';
}

/** Splits one run of letters and digits (no separators) at its case boundaries. */
function splitRun(run: string, words: string[]): void {
  const chars = [...run];
  let start = 0;
  for (let i = 1; i < chars.length; i += 1) {
    const previous = classify(chars[i - 1]!);
    const current = classify(chars[i]!);
    const next = i + 1 < chars.length ? classify(chars[i + 1]!) : undefined;
    // fooBar, foo2Bar: a capital after a lower-case letter or a digit starts a word.
    const lowerToUpper = current === 'upper' && (previous === 'lower' || previous === 'digit');
    // HTTPResponse: the last capital of an acronym starts the next word.
    const acronymEnd = current === 'upper' && previous === 'upper' && next === 'lower';
    if (lowerToUpper || acronymEnd) {
      words.push(chars.slice(start, i).join(''));
      start = i;
    }
  }
  words.push(chars.slice(start).join(''));
}

/**
 * The words of a name, lower-cased: `order_total` → [order, total], `getHTTPResponse` →
 * [get, http, response], `X2Y` → [x2, y], `base64Encode` → [base64, encode]. Digits stay with the
 * word before them; `_`, `$` and `-` separate words and are dropped.
 */
export function splitWords(name: string): string[] {
  const words: string[] = [];
  for (const run of name.split(/[_$\-\s]+/u)) {
    if (run !== '') splitRun(run, words);
  }
  return words.map((word) => word.toLowerCase());
}

function capitalize(word: string): string {
  const [first = '', ...rest] = [...word];
  return first.toUpperCase() + rest.join('');
}

function joinWords(words: readonly string[], style: CaseStyle): string {
  switch (style) {
    case 'camelCase':
      return words.map((word, index) => (index === 0 ? word : capitalize(word))).join('');
    case 'PascalCase':
      return words.map(capitalize).join('');
    case 'CONSTANT_CASE':
      return words.map((word) => word.toUpperCase()).join('_');
    case 'snake_case':
      return words.join('_');
  }
}

/**
 * The name written in `style`, keeping its leading and trailing `_` and `$`:
 * `order_total` → `orderTotal` (camelCase), `order_book` → `OrderBook` (PascalCase).
 * A name with no letters (`_`, `$`, `_1`) is returned as it is.
 */
export function toStyle(name: string, style: CaseStyle): string {
  const { prefix, core, suffix } = splitAffixes(name);
  if (!HAS_LETTER.test(core)) return name;
  const words = splitWords(core);
  let styled = joinWords(words, style);
  // An identifier cannot start with a digit (a core can only do so behind a stripped marker).
  if (prefix === '' && IS_DIGIT.test(styled.charAt(0))) styled = `_${styled}`;
  return `${prefix}${styled}${suffix}`;
}

/** Whether `core` (a name without its leading/trailing `_` and `$`) is written in `style`. */
export function matchesStyle(core: string, style: CaseStyle): boolean {
  return STYLE_PATTERNS[style].test(core);
}

function resolved(
  options: NamingOptions | undefined,
): Required<NamingOptions> & { styles: Record<NameKind, CaseStyle> } {
  return {
    styles: { ...DEFAULT_STYLES, ...options?.styles },
    allowConstantCase: options?.allowConstantCase ?? true,
    allowLeadingUnderscore: options?.allowLeadingUnderscore ?? true,
    allowPascalCaseValues: options?.allowPascalCaseValues ?? true,
  };
}

/** Every style a name of this kind may be written in, the configured one first. */
export function acceptedStyles(kind: NameKind, context: NamingContext, options?: NamingOptions): CaseStyle[] {
  const settings = resolved(options);
  const primary = settings.styles[kind];
  const accepted: CaseStyle[] = [primary];
  const add = (style: CaseStyle): void => {
    if (!accepted.includes(style)) accepted.push(style);
  };
  if (kind === 'constant' && context.moduleLevelConst === true && settings.allowConstantCase) add('CONSTANT_CASE');
  if (kind === 'enumMember') add('CONSTANT_CASE');
  if (settings.allowPascalCaseValues && primary === 'camelCase' && PASCAL_VALUE_KINDS.has(kind)) add('PascalCase');
  return accepted;
}

/** Whether a name of this kind follows the convention. Names without letters (`_`, `$`) always do. */
export function conforms(name: string, kind: NameKind, context: NamingContext, options?: NamingOptions): boolean {
  const { prefix, core } = splitAffixes(name);
  if (!HAS_LETTER.test(core)) return true;
  if (prefix.includes('_') && !resolved(options).allowLeadingUnderscore) return false;
  return acceptedStyles(kind, context, options).some((style) => matchesStyle(core, style));
}

/**
 * The name this name should have under the convention (in the kind's configured style), or
 * undefined when it already conforms or when no conforming name can be derived from it — a
 * reserved or otherwise forbidden name (`Enum` → `enum`) is never proposed (see isForbiddenName).
 */
export function suggestName(
  name: string,
  kind: NameKind,
  context: NamingContext,
  options?: NamingOptions,
): string | undefined {
  if (conforms(name, kind, context, options)) return undefined;
  const settings = resolved(options);
  let source = name;
  if (!settings.allowLeadingUnderscore) source = source.replace(/^[_$]*/u, (markers) => markers.replaceAll('_', ''));
  const suggestion = toStyle(source, settings.styles[kind]);
  if (suggestion === name || !conforms(suggestion, kind, context, options) || isForbiddenName(suggestion, kind))
    return undefined;
  return suggestion;
}
