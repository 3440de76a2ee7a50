import type { OxlintPreset } from '@upkeep/eslint-plugin/oxlint';
import type { FileEnvironment } from '../../../environment/types.js';

const TYPESCRIPT = /\.[cm]?tsx?$/;

function merged(base: Record<string, unknown>, layer: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(layer)) {
    const known = result[key];
    result[key] =
      value && known && typeof value === 'object' && typeof known === 'object' && !Array.isArray(value)
        ? merged(known as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return result;
}

/**
 * The `parserOptions` ESLint's context gives a rule for one module under a bundled preset, as the
 * ESLint engine configures it (analyzer/src/lint/linter.ts): the preset's for the kind of file,
 * and for JavaScript (parsed by espree) the module's `sourceType`, which ESLint copies into
 * espree's options. TypeScript is
 * parsed by typescript-eslint's parser, which takes no `sourceType` there.
 */
function parserOptionsOf(
  preset: OxlintPreset,
  path: string,
  env: FileEnvironment | undefined,
): Record<string, unknown> {
  const extension = path.slice(path.lastIndexOf('.'));
  const language = preset.languages[extension];
  const options = merged({}, language?.parserOptions ?? {});
  if (!TYPESCRIPT.test(path)) {
    const sourceType = env?.sourceType ?? language?.sourceType;
    if (sourceType !== undefined) options.sourceType = sourceType;
  }
  return options;
}

/** The parser options of the modules of a batch, grouped by equal options, for the JS plugin (BridgeFiles). */
export function parserOptionsTable(
  preset: OxlintPreset,
  files: Iterable<readonly [file: string, path: string, env: FileEnvironment | undefined]>,
): Array<{ options: Record<string, unknown>; files: string[] }> {
  const byOptions = new Map<string, { options: Record<string, unknown>; files: string[] }>();
  for (const [file, path, env] of files) {
    const options = parserOptionsOf(preset, path, env);
    const key = JSON.stringify(options);
    const entry = byOptions.get(key);
    if (entry) entry.files.push(file);
    else byOptions.set(key, { options, files: [file] });
  }
  return [...byOptions.values()];
}
