import { CASE_STYLES, DEFAULT_STYLES, matchesStyle, splitWords, type CaseStyle, type NameKind } from './convention.js';

/** One declared name, for inferring the style its kind follows in a file. */
export interface NameSample {
  name: string;
  kind: NameKind;
}

export interface InferOptions {
  /** names of several words needed before a kind's style counts as the project's (default 8) */
  minSamples?: number;
  /** share of those names in one style needed (default 0.9) */
  threshold?: number;
}

/** What was inferred for one kind, for the report: the style and how many names showed it. */
export interface InferredStyle {
  style: CaseStyle;
  names: number;
  of: number;
}

/**
 * The style each kind of name consistently follows in a set of names (the `identifier-naming` rule
 * and the `rename` codemod pass one file's judged names), where it differs from the default: for
 * example enum members all camelCase, or all CONSTANT_CASE, or functions all snake_case. Only
 * names of two words or more tell styles apart (`total` is camelCase and snake_case at once); a
 * kind counts when at least `minSamples` such names exist and at least `threshold` of them share
 * one style. Both judge a file's names against these styles (configured styles, and
 * `--convention`, override them), so a score never asks for a rename the codemod would not make.
 */
export function inferStyles(
  samples: Iterable<NameSample>,
  options: InferOptions = {},
): Partial<Record<NameKind, InferredStyle>> {
  const minSamples = options.minSamples ?? 8;
  const threshold = options.threshold ?? 0.9;
  const counts = new Map<NameKind, { total: number; byStyle: Map<CaseStyle, number> }>();
  for (const { name, kind } of samples) {
    const core = name.replace(/^[#_$]+|[_$]+$/gu, '');
    if (splitWords(core).length < 2) continue;
    const styles = CASE_STYLES.filter((style) => matchesStyle(core, style));
    if (styles.length !== 1) continue;
    const entry = counts.get(kind) ?? { total: 0, byStyle: new Map<CaseStyle, number>() };
    entry.total += 1;
    entry.byStyle.set(styles[0]!, (entry.byStyle.get(styles[0]!) ?? 0) + 1);
    counts.set(kind, entry);
  }
  const inferred: Partial<Record<NameKind, InferredStyle>> = {};
  for (const [kind, { total, byStyle }] of counts) {
    if (total < minSamples) continue;
    const [style, names] = [...byStyle.entries()].sort((a, b) => b[1] - a[1])[0]!;
    // module-level constants may be CONSTANT_CASE in any style; a file full of them says nothing of its locals
    if (kind === 'constant' && style === 'CONSTANT_CASE') continue;
    if (names / total >= threshold && style !== DEFAULT_STYLES[kind]) inferred[kind] = { style, names, of: total };
  }
  return inferred;
}

/** The styles to judge names by: defaults, then the inferred styles, then the configured ones. */
export function stylesWithInferred(
  inferred: Partial<Record<NameKind, InferredStyle>>,
  configured: Partial<Record<NameKind, CaseStyle>> = {},
): Partial<Record<NameKind, CaseStyle>> {
  const styles: Partial<Record<NameKind, CaseStyle>> = {};
  for (const [kind, value] of Object.entries(inferred) as [NameKind, InferredStyle][]) styles[kind] = value.style;
  return { ...styles, ...configured };
}
