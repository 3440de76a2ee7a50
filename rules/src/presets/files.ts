/** The file globs the presets apply to; every config object of a preset is limited to these. */
export const ALL_FILES: readonly string[] = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

/** Plain JavaScript that may contain JSX. */
export const JSX_JS_FILES: readonly string[] = ['**/*.{js,jsx}'];
export const MODULE_JS_FILES: readonly string[] = ['**/*.mjs'];
export const COMMONJS_FILES: readonly string[] = ['**/*.cjs'];
export const TS_FILES: readonly string[] = ['**/*.{ts,mts,cts,tsx}'];
