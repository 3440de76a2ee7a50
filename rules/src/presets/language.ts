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
      languageOptions: { ecmaVersion: 'latest', globals: LEGACY_GLOBALS },
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
      // tokens: sonarjs/no-commented-code re-parses comments with these options and needs them outside module code
      languageOptions: {
        sourceType: 'commonjs',
        parserOptions: { tokens: true, range: true, loc: true, comment: true },
      },
    },
    {
      name: '@upkeep/typescript',
      files: [...TS_FILES],
      languageOptions: { parser: tseslint.parser, sourceType: 'module' },
    },
  ];
}
