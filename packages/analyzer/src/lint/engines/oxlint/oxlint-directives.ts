import { parseSync } from 'oxc-parser';

const MARKER = /oxlint-(?=disable|enable)/g;

/**
 * The module text to hand oxlint: its own directive comments (`// oxlint-disable-next-line no-var`,
 * `/* oxlint-disable *\/`…) made inert, same length, so every position stays. The preset is defined
 * for ESLint, which does not read them: a project that also lints with oxlint would otherwise see
 * messages silenced on the oxlint engine that the ESLint engine reports. `eslint-disable` comments
 * stay: oxlint applies them as ESLint does (and directives.ts to the JS plugin's rules).
 */
export function withoutOxlintDirectives(path: string, text: string): string {
  if (!text.includes('oxlint-disable') && !text.includes('oxlint-enable')) return text;
  let comments: Array<{ start: number; end: number }>;
  try {
    comments = parseSync(path, text).comments;
  } catch {
    return text;
  }
  let result = text;
  for (const { start, end } of comments) {
    const comment = text.slice(start, end);
    if (!/oxlint-(?:disable|enable)/.test(comment)) continue;
    result = result.slice(0, start) + comment.replace(MARKER, 'oxlint_') + result.slice(end);
  }
  return result;
}
