/** Named sets of globals: runtimes, test runners and the environment names of legacy ESLint configs. */
import globals from 'globals';
import type { GlobalSetting } from './types.js';

type GlobalsTable = Record<string, Record<string, boolean>>;
const table = globals as unknown as GlobalsTable;

/** ESLint 8's environment names that are not the name of a `globals` set. */
const ENV_ALIASES: Record<string, string> = { es6: 'es2015', 'shared-node-browser': 'shared-node-browser' };

/** The test runners whose tests use globals, and the set each one defines. */
const RUNNER_SETS: Record<string, string> = {
  mocha: 'mocha',
  jest: 'jest',
  jasmine: 'jasmine',
  vitest: 'vitest',
  qunit: 'qunit',
};

/** The globals set a test runner defines in its test files, if it defines any. */
export function runnerSet(runner: string): string | undefined {
  return RUNNER_SETS[runner];
}

/** Whether a name (`node`, `mocha`, `es6`, `jquery`) is an environment ESLint 8 knew. */
export function isKnownSet(name: string): boolean {
  return name === 'commonjs' || name === 'builtin' || (ENV_ALIASES[name] ?? name) in table;
}

/** The globals of a named set; ES version sets (`es2017`, `es6`) add nothing: files parse with the latest. */
export function globalsOfSet(name: string): Record<string, GlobalSetting> {
  if (/^es\d+$/.test(ENV_ALIASES[name] ?? name) || name === 'builtin') return {};
  const set = table[ENV_ALIASES[name] ?? name];
  const out: Record<string, GlobalSetting> = {};
  for (const [global, writable] of Object.entries(set ?? {})) out[global] = writable ? 'writable' : 'readonly';
  return out;
}
