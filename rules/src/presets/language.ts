/** How each kind of file is parsed, and which globals it sees. */
import type { Linter } from 'eslint';
import globals from 'globals';
import { pluginCore } from '../plugin-core.js';
import { ALL_FILES, COMMONJS_FILES, JSX_JS_FILES, MODULE_JS_FILES, TS_FILES } from './files.js';
import { fullSonarjsPlugin, fullTypescriptEslint, leanSonarjsPlugin, leanTypescriptEslint } from './lean-plugins.js';

/** Legacy code runs in Node and in browsers, often both in one repository. */
const LEGACY_GLOBALS = { ...globals.es2021, ...globals.browser, ...globals.node };

/**
 * Which plugin objects a preset registers: `full`, the packages' own (what the public presets
 * give, so that a user's config can register the same plugins beside them), or `lean`, rules
 * loaded one by one as ESLint asks for them (see lean-plugins.ts; upkeep's analyzer builds its
 * presets so).
 */
export type PresetPlugins = 'full' | 'lean';

/** The parser options sonarjs/no-commented-code parses comment text with (see the base layer). */
const COMMENT_PARSE_OPTIONS = { ecmaVersion: 'latest', tokens: true, range: true, loc: true, comment: true } as const;

/** The parser and globals of each kind of file, with the plugins of the presets registered. */
export function languageConfigs(plugins: PresetPlugins = 'full'): Linter.Config[] {
  const sonarjs = plugins === 'lean' ? leanSonarjsPlugin() : fullSonarjsPlugin();
  const tseslint = plugins === 'lean' ? leanTypescriptEslint() : fullTypescriptEslint();
  return [
    {
      name: '@upkeep/base',
      files: [...ALL_FILES],
      // typescript-eslint's plugin object: the same one its own configs use, so they can be mixed.
      // sonarjs under its usual name too; upkeep's own plugin object is the one `plugin` exports.
      plugins: { '@typescript-eslint': tseslint.plugin, sonarjs, '@upkeep': pluginCore },
      // parserOptions: sonarjs/no-commented-code parses comment text with the file's parser and its
      // parserOptions, where ESLint copies the sourceType but not the ecmaVersion (espree's default,
      // 5, rejected module code and any `const` or arrow function: the rule never reported
      // commented-out code in JavaScript), and the rule reads that parse's tokens
      languageOptions: { ecmaVersion: 'latest', parserOptions: COMMENT_PARSE_OPTIONS, globals: LEGACY_GLOBALS },
    },
    {
      // `.js` is parsed as a module: module syntax is what most code uses today, and CommonJS code
      // parses as a module too (require and module.exports are globals); see README for the exceptions.
      name: '@upkeep/javascript',
      files: [...JSX_JS_FILES],
      languageOptions: { sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    {
      name: '@upkeep/javascript-module',
      files: [...MODULE_JS_FILES],
      languageOptions: { sourceType: 'module' },
    },
    {
      name: '@upkeep/javascript-commonjs',
      files: [...COMMONJS_FILES],
      languageOptions: { sourceType: 'commonjs' },
    },
    {
      name: '@upkeep/typescript',
      files: [...TS_FILES],
      languageOptions: { parser: tseslint.parser, sourceType: 'module' },
    },
  ];
}
