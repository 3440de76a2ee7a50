import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configs } from '../presets/configs.js';
import { ESLint, type Linter } from 'eslint';
import { deriveOxlintPreset, oxlintEnvironments } from './derive.js';
import { OXLINT_NATIVE_RULES } from './native.js';
import { OXLINT_PRESETS } from './presets.generated.js';

describe('the oxlint form of the recommended preset', () => {
  it('is current: presets.generated.ts equals what the ESLint preset derives to (regenerate with `pnpm --filter @upkeep/eslint-plugin run oxlint-presets`)', async () => {
    expect(JSON.parse(JSON.stringify(await deriveOxlintPreset(configs.recommended, tmpdir())))).toEqual(
      OXLINT_PRESETS.recommended,
    );
  });

  it("gives oxlint exactly the preset's globals: its environments plus the rest, each with the preset's value", async () => {
    const eslint = new ESLint({ cwd: tmpdir(), overrideConfigFile: true, overrideConfig: configs.recommended });
    const resolved = ((await eslint.calculateConfigForFile('file.js')) as Linter.Config).languageOptions?.globals ?? {};
    const environments = oxlintEnvironments();
    expect(environments).toBeDefined();
    const preset = OXLINT_PRESETS.recommended;
    expect(preset.env.length).toBeGreaterThan(0);
    const seen: Record<string, string> = { ...preset.globals };
    for (const name of preset.env) {
      for (const global of environments!.get(name)!.readonly) seen[global] = 'readonly';
      for (const global of environments!.get(name)!.writable) seen[global] = 'writable';
    }
    const expected = Object.fromEntries(
      Object.entries(resolved).map(([global, value]) => [
        global,
        value === true || value === 'writable' || value === 'writeable' ? 'writable' : 'readonly',
      ]),
    );
    expect(seen).toEqual(expected);
  });

  it('names only rules oxlint has, none of them type-aware', () => {
    const require = createRequire(import.meta.url);
    const bin = join(
      dirname(
        require.resolve('oxlint/package.json', { paths: [join(import.meta.dirname, '../../../packages/analyzer')] }),
      ),
      'bin',
      'oxlint',
    );
    const rules = JSON.parse(
      execFileSync(process.execPath, [bin, '--rules', '-f', 'json'], { encoding: 'utf8' }),
    ) as Array<{ scope: string; value: string; type_aware: boolean }>;
    const untyped = new Set(rules.filter((rule) => !rule.type_aware).map((rule) => `${rule.scope}/${rule.value}`));
    expect(Object.values(OXLINT_NATIVE_RULES).filter((name) => !untyped.has(name))).toEqual([]);
  });
});
