/**
 * Plugin objects whose rules load one by one, on first use, for runs that build the bundled
 * presets themselves (upkeep's own analyzer): eslint-plugin-sonarjs's index loads all of its ~295
 * rules and their helpers (about 1.8 CPU-s, TypeScript included) where the presets use at most
 * ten. ESLint reads a plugin's `rules[name]` only for the rules a configuration turns on, so a
 * getter per rule is enough; each rule is required from its own module, as the package lays them
 * out (`cjs/<Sonar key>/index.js`, named in `cjs/plugin-rules.js`).
 *
 * The public presets (`configs.recommended`, `typedConfig()`…) keep the package's own plugin
 * object, so that a user's config that also registers `sonarjs` itself gives ESLint the same
 * object and still combines with them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ESLint, Linter, Rule } from 'eslint';
import { deferTypescriptForSonarjs } from '../utils/defer-typescript.js';

const require = createRequire(import.meta.url);

type Plugin = ESLint.Plugin & { rules: Record<string, Rule.RuleModule> };

/** The package's own plugin object: every rule loaded. */
export function fullSonarjsPlugin(): Plugin {
  return require('eslint-plugin-sonarjs') as Plugin;
}

/**
 * eslint-plugin-sonarjs's rule names and the folders of their modules, read from the text of its
 * generated rule index (`const index_js_7 = require("./S125/index.js")` …
 * `'no-commented-code': index_js_7.rule`, `csrf: index_js_156.rule`) without running it. Undefined when the index does not
 * read that way (another layout in a later version): the caller then loads the whole plugin.
 */
export function sonarjsRuleFolders(indexText: string): Map<string, string> | undefined {
  const folders = new Map<string, string>();
  for (const match of indexText.matchAll(/const (index_js_\d+) = require\("\.\/([^"/]+)\/index\.js"\);/g))
    folders.set(match[1]!, match[2]!);
  const rules = new Map<string, string>();
  // quoted names ('no-commented-code': …) and bare ones (csrf: …)
  for (const match of indexText.matchAll(/^\s*(?:'([a-z0-9-]+)'|([a-z0-9]+)): (index_js_\d+)\.rule,?$/gm)) {
    const folder = folders.get(match[3]!);
    if (folder === undefined) return undefined;
    rules.set((match[1] ?? match[2])!, folder);
  }
  return rules.size > 0 && rules.size === folders.size ? rules : undefined;
}

let leanSonarjs: Plugin | undefined;

/**
 * eslint-plugin-sonarjs with every rule name of the package, each rule's module loaded when ESLint
 * first asks for it. The same object on every call (ESLint refuses two objects under one name).
 */
export function leanSonarjsPlugin(): Plugin {
  if (leanSonarjs) return leanSonarjs;
  const packageDir = dirname(require.resolve('eslint-plugin-sonarjs/package.json'));
  const cjs = join(packageDir, 'cjs');
  let folders: Map<string, string> | undefined;
  try {
    folders = sonarjsRuleFolders(readFileSync(join(cjs, 'plugin-rules.js'), 'utf8'));
  } catch {
    folders = undefined;
  }
  if (folders === undefined) return (leanSonarjs = fullSonarjsPlugin());
  deferTypescriptForSonarjs();
  const { version } = require(join(packageDir, 'package.json')) as { version: string };
  const rules: Record<string, Rule.RuleModule> = {};
  for (const [name, folder] of folders) {
    let rule: Rule.RuleModule | undefined;
    Object.defineProperty(rules, name, {
      enumerable: true,
      configurable: false,
      get: () => (rule ??= (require(join(cjs, folder, 'index.js')) as { rule: Rule.RuleModule }).rule),
    });
  }
  leanSonarjs = { meta: { name: 'eslint-plugin-sonarjs', version }, rules };
  return leanSonarjs;
}

/** typescript-eslint's packages, resolved as typescript-eslint itself resolves them. */
const fromTypescriptEslint = (): NodeJS.Require => createRequire(require.resolve('typescript-eslint'));

/** The plugin and parser objects a preset registers for TypeScript files. */
export interface TypescriptEslintParts {
  plugin: ESLint.Plugin;
  parser: Linter.Parser;
}

/** typescript-eslint's own plugin and parser objects (the package loaded whole, TypeScript with it). */
export function fullTypescriptEslint(): TypescriptEslintParts {
  const tseslint = require('typescript-eslint') as { plugin: ESLint.Plugin; parser: Linter.Parser };
  return { plugin: tseslint.plugin, parser: tseslint.parser };
}

let leanTypescript: TypescriptEslintParts | undefined;

/**
 * typescript-eslint's rules and parser, loaded when ESLint first uses them: its rule index
 * (`use-at-your-own-risk/rules`) loads each rule on first access, and the parser (with the
 * TypeScript compiler, about 1 CPU-s) loads when the first TypeScript file is parsed, so a run
 * over JavaScript only never loads TypeScript. The same objects on every call.
 */
export function leanTypescriptEslint(): TypescriptEslintParts {
  if (leanTypescript) return leanTypescript;
  const from = fromTypescriptEslint();
  const { version } = from('@typescript-eslint/eslint-plugin/package.json') as { version: string };
  const rules = from('@typescript-eslint/eslint-plugin/use-at-your-own-risk/rules') as Record<string, Rule.RuleModule>;
  let real: Linter.Parser & { parse(code: string, options?: unknown): unknown } = undefined as never;
  const parser = () => (real ??= require('@typescript-eslint/parser') as typeof real);
  const parserVersion = (require('@typescript-eslint/parser/package.json') as { version: string }).version;
  leanTypescript = {
    plugin: { meta: { name: '@typescript-eslint/eslint-plugin', version }, rules },
    parser: {
      meta: { name: 'typescript-eslint/parser', version: parserVersion },
      // sonarjs/no-commented-code re-parses comments with `parse` when a parser has it
      parse: (code: string, options?: Linter.ParserOptions) => parser().parse(code, options),
      parseForESLint: (code: string, options?: Linter.ParserOptions) =>
        (
          parser() as unknown as { parseForESLint(code: string, options?: unknown): Linter.ESLintParseResult }
        ).parseForESLint(code, options),
    } as Linter.Parser,
  };
  return leanTypescript;
}

/**
 * The rules object of one of typescript-eslint's flat configs (`recommended`,
 * `recommended-type-checked-only`…) by the config object's name, read from the generated config
 * module of @typescript-eslint/eslint-plugin without loading the plugin or its parser; from the
 * typescript-eslint package when that module is not where this version keeps it.
 */
export function typescriptEslintConfigRules(
  config: 'recommended' | 'recommended-type-checked-only',
  name: string,
): Record<string, unknown> | undefined {
  type Flat = readonly { name?: string; rules?: Record<string, unknown> }[];
  let configs: Flat;
  try {
    const from = fromTypescriptEslint();
    const pluginDir = dirname(from.resolve('@typescript-eslint/eslint-plugin/package.json'));
    const factory = require(join(pluginDir, 'dist', 'configs', 'flat', `${config}.js`)) as {
      default: (plugin: unknown, parser: unknown) => Flat;
    };
    configs = factory.default({}, {});
  } catch {
    const key = config === 'recommended' ? 'recommended' : 'recommendedTypeCheckedOnly';
    configs = (require('typescript-eslint') as { configs: Record<string, Flat> }).configs[key]!;
  }
  return configs.find((candidate) => candidate.name === name)?.rules;
}
