import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import upkeep, { RULES, configs } from './index.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('the plugin object', () => {
  it('names itself after the package', () => {
    expect(upkeep.meta).toEqual({ name: '@upkeep/eslint-plugin', version: packageJson.version });
    expect(Object.keys(upkeep.rules).sort()).toEqual(Object.keys(RULES).sort());
    expect(upkeep.configs).toBe(configs);
  });

  it('combines with typescript-eslint configs, which share its plugin object', async () => {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [...configs.recommended, ...tseslint.configs.stylistic],
    });
    const [result] = await eslint.lintText('export type Shape = { side: number };\n', { filePath: 'shape.ts' });
    expect(result?.messages.map((message) => message.ruleId)).toEqual([
      '@typescript-eslint/consistent-type-definitions',
    ]);
  });
});
