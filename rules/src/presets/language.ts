/** How each kind of file is parsed, and which globals it sees. */
import type { Linter } from 'eslint';
import globals from 'globals';
import sonarjs from 'eslint-plugin-sonarjs';
import tseslint from 'typescript-eslint';
import { pluginCore } from '../plugin-core.js';
import { ALL_FILES, COMMONJS_FILES, JSX_JS_FILES, MODULE_JS_FILES, TS_FILES } from './files.js';

/** Legacy code runs in Node and in browsers, often both in one repository. */
const LEGACY_GLOBALS = { ...globals.es2021, ...globals.browser, ...globals.node };

export const LANGUAGE_CONFIGS: readonly Linter.Config[] = [
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
    languageOptions: { sourceType: 'commonjs', parserOptions: { tokens: true, range: true, loc: true, comment: true } },
  },
  {
    name: '@upkeep/typescript',
    files: [...TS_FILES],
    languageOptions: { parser: tseslint.parser, sourceType: 'module' },
  },
];
