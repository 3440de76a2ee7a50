import { commentsOf } from './comments.js';

/** A comment that oxlint would read as a directive: its own (`oxlint-disable`…) or ESLint's. */
const DIRECTIVE = /(?:oxlint|eslint)-(?:disable|enable)/;
const MARKERS = /oxlint-(?=disable|enable)|eslint(?=-disable|-enable)/g;

/**
 * The module text to hand oxlint: every directive comment oxlint applies made inert, same length,
 * so every position stays.
 * - oxlint's own (`// oxlint-disable-next-line no-var`, `/* oxlint-disable *\/`…) become
 *   `oxlint_disable…`: the preset is defined for ESLint, which does not read them; a project that
 *   also lints with oxlint would otherwise see messages silenced on the oxlint engine only.
 * - ESLint's (`eslint-disable…`, `eslint-enable`) become `ESLINT-disable…` (oxlint's prefix match
 *   is case-sensitive): oxlint then reports every message and upkeep applies these directives
 *   itself, as ESLint does, with ESLint's remarks about unused ones (directives.ts). The case
 *   change keeps the comment's tokens what they were for rules that read comment text
 *   (sonarjs/no-commented-code parses it: `eslint - disable` and `ESLINT - disable` parse alike).
 */
export function withInertDirectives(path: string, text: string): string {
  if (!text.includes('-disable') && !text.includes('-enable')) return text;
  if (!DIRECTIVE.test(text)) return text;
  const comments = commentsOf(path, text);
  if (comments === undefined) return text;
  let result = text;
  for (const { start, end } of comments) {
    const comment = text.slice(start, end);
    if (!DIRECTIVE.test(comment)) continue;
    const inert = comment.replace(MARKERS, (marker) => (marker === 'eslint' ? 'ESLINT' : 'oxlint_'));
    result = result.slice(0, start) + inert + result.slice(end);
  }
  return result;
}
