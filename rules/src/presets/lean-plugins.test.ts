import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { configs } from './configs.js';
import tseslint from 'typescript-eslint';
import {
  fullSonarjsPlugin,
  leanSonarjsPlugin,
  leanTypescriptEslint,
  sonarjsRuleFolders,
  typescriptEslintConfigRules,
} from './lean-plugins.js';
import { recommendedConfig } from './recommended.js';

const require = createRequire(import.meta.url);
/**
 * What `import sonarjs from 'eslint-plugin-sonarjs'` gives a user's eslint.config.mjs under Node
 * (the CommonJS module.exports; the test runner's own interop would give its `default` instead).
 */
const sonarjs = require('eslint-plugin-sonarjs') as { configs: { recommended: Linter.Config } };
const sonarjsIndex = join(dirname(require.resolve('eslint-plugin-sonarjs/package.json')), 'cjs', 'plugin-rules.js');

describe('sonarjsRuleFolders', () => {
  it('reads quoted and bare rule names from the generated index', () => {
    const text = [
      'const index_js_1 = require("./S125/index.js");',
      'const index_js_2 = require("./S4502/index.js");',
      'exports.rules = {',
      "    'no-commented-code': index_js_1.rule,",
      '    csrf: index_js_2.rule,',
      '};',
    ].join('\n');
    expect([...sonarjsRuleFolders(text)!]).toEqual([
      ['no-commented-code', 'S125'],
      ['csrf', 'S4502'],
    ]);
  });

  it('gives nothing for a layout it does not know, so the whole plugin is loaded instead', () => {
    expect(sonarjsRuleFolders('module.exports = require("./all-rules");')).toBeUndefined();
    // a required module that names no rule: not the layout read above
    expect(
      sonarjsRuleFolders(
        'const index_js_1 = require("./S1/index.js");\nconst index_js_2 = require("./S2/index.js");\n    a: index_js_1.rule,',
      ),
    ).toBeUndefined();
    expect(sonarjsRuleFolders("    'a': index_js_9.rule,")).toBeUndefined();
  });

  it('reads every rule of the installed package', () => {
    const folders = sonarjsRuleFolders(readFileSync(sonarjsIndex, 'utf8'));
    expect(folders?.size).toBe(Object.keys(fullSonarjsPlugin().rules).length);
  });
});

describe('the lean sonarjs plugin', () => {
  it('has every rule of the package, each the very rule object the package exports', () => {
    const lean = leanSonarjsPlugin();
    const full = fullSonarjsPlugin();
    expect(leanSonarjsPlugin()).toBe(lean);
    expect(Object.keys(lean.rules).sort()).toEqual(Object.keys(full.rules).sort());
    for (const name of Object.keys(full.rules)) expect(lean.rules[name], name).toBe(full.rules[name]);
  });

  it('gives the same messages as the package’s own plugin object', async () => {
    const code = [
      '// TODO: remove',
      'var total = 0;',
      '// if (total > 1) { total = 2; }',
      'function positive(x) { if (x > 0) { return true; } else { return false; } }',
      'function check(a, b) { if (a) { if (b) { total++; } } return !(a === b); }',
      'module.exports = { positive, check };',
    ].join('\n');
    const lint = async (config: Linter.Config[]): Promise<string[]> => {
      const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
      const [result] = await eslint.lintText(code, { filePath: 'src/sample.js' });
      return result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    };
    const lean = await lint(recommendedConfig('lean'));
    expect(lean).toEqual(await lint(configs.recommended));
    for (const rule of ['sonarjs/todo-tag', 'sonarjs/no-collapsible-if', 'sonarjs/prefer-single-boolean-return'])
      expect(
        lean.some((line) => line.endsWith(` ${rule}`)),
        rule,
      ).toBe(true);
  });
});

describe('the lean typescript-eslint parts', () => {
  it('read the rules of typescript-eslint’s configs as typescript-eslint gives them', () => {
    const rulesOf = (configs: readonly { name?: string; rules?: object }[], name: string): object | undefined =>
      configs.find((config) => config.name === name)?.rules;
    for (const name of ['typescript-eslint/eslint-recommended', 'typescript-eslint/recommended']) {
      expect(typescriptEslintConfigRules('recommended', name), name).toEqual(
        rulesOf(tseslint.configs.recommended, name),
      );
      expect(typescriptEslintConfigRules('recommended', name)).toBeDefined();
    }
    const typed = 'typescript-eslint/recommended-type-checked-only';
    expect(typescriptEslintConfigRules('recommended-type-checked-only', typed)).toEqual(
      rulesOf(tseslint.configs.recommendedTypeCheckedOnly, typed),
    );
  });

  it('have every rule of typescript-eslint’s plugin, each the same rule object', () => {
    const { plugin } = leanTypescriptEslint();
    const full = tseslint.plugin as { rules: Record<string, unknown> };
    expect(Object.keys(plugin.rules!).sort()).toEqual(Object.keys(full.rules).sort());
    for (const name of ['no-unused-vars', 'no-explicit-any', 'no-shadow'])
      expect(plugin.rules![name], name).toBe(full.rules[name]);
  });

  it('lint TypeScript as the public preset does', async () => {
    const code = [
      '// TODO: type it',
      'let value: any = 1;',
      '// if (value) { value = 3; }',
      'export function f(x: number) { if (x) { return true; } else { return false; } }',
      'enum Mode { A, A2 }',
    ].join('\n');
    const lint = async (config: Linter.Config[]): Promise<string[]> => {
      const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
      const [result] = await eslint.lintText(code, { filePath: 'src/mode.ts' });
      return result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    };
    const lean = await lint(recommendedConfig('lean'));
    expect(lean).toEqual(await lint(configs.recommended));
    for (const rule of ['@typescript-eslint/no-explicit-any', 'sonarjs/no-commented-code', 'sonarjs/todo-tag'])
      expect(
        lean.some((line) => line.endsWith(` ${rule}`)),
        rule,
      ).toBe(true);
  });
});

describe("a user's config that names sonarjs", () => {
  const lintWith = async (config: Linter.Config[]): Promise<string[]> => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
    const code = '// TODO: later\nswitch (process.argv.length) { case 1: console.log(1); }\n';
    const [result] = await eslint.lintText(code, { filePath: 'src/cli.js' });
    return result!.messages.map((m) => m.ruleId ?? 'fatal');
  };

  it('registers the package’s plugin object beside the public preset and turns on more of its rules', async () => {
    const ruleIds = await lintWith([
      ...configs.recommended,
      { plugins: { sonarjs }, rules: { 'sonarjs/no-small-switch': 'error' } },
    ]);
    expect(ruleIds).toContain('sonarjs/no-small-switch');
    expect(ruleIds).toContain('sonarjs/todo-tag');
  });

  it('turns on a sonarjs rule the preset leaves off, without registering the plugin', async () => {
    const ruleIds = await lintWith([...configs.recommended, { rules: { 'sonarjs/no-small-switch': 'error' } }]);
    expect(ruleIds).toContain('sonarjs/no-small-switch');
  });

  it('uses sonarjs.configs.recommended on its own', async () => {
    const ruleIds = await lintWith([sonarjs.configs.recommended]);
    expect(ruleIds).toContain('sonarjs/no-small-switch');
    expect(ruleIds).toContain('sonarjs/todo-tag');
  });
});
