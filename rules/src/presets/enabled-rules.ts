import { ESLint } from 'eslint';
import type { Linter } from 'eslint';

/** The kinds of file a preset treats differently, each named by a representative path. */
const FILE_KINDS = [
  'module.js',
  'component.jsx',
  'module.mjs',
  'script.cjs',
  'module.ts',
  'component.tsx',
  'module.mts',
  'script.cts',
  'test/module.test.js',
  'test/module.test.ts',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

function isEnabled(entry: Linter.RuleEntry | undefined): boolean {
  const severity = Array.isArray(entry) ? entry[0] : entry;
  return severity !== undefined && severity !== 'off' && severity !== 0;
}

/**
 * The rules a preset really enables for each kind of file, as ESLint resolves the config array
 * (later objects override earlier ones), and with every rule's options validated by ESLint.
 */
export async function enabledRulesByFileKind(
  preset: Linter.Config[],
  cwd: string,
): Promise<Map<FileKind, Set<string>>> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: preset });
  const byKind = new Map<FileKind, Set<string>>();
  for (const kind of FILE_KINDS) {
    const config = (await eslint.calculateConfigForFile(kind)) as Linter.Config;
    const enabled = Object.entries(config.rules ?? {}).filter(([, entry]) => isEnabled(entry));
    byKind.set(kind, new Set(enabled.map(([ruleId]) => ruleId)));
  }
  return byKind;
}
