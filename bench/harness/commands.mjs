// The five commands compared: plain ESLint three ways, and `upkeep score` cold and warm, all on
// the same project with the same rule set (bench/upkeep.eslint.config.mjs is upkeep's default config).
import { join } from 'node:path';

/**
 * @typedef {{
 *   id: 'eslint' | 'eslint-concurrency' | 'eslint-cache' | 'upkeep-cold' | 'upkeep-cold-eslint' | 'upkeep-cold-eslint-j1' | 'upkeep-warm' | 'upkeep-warm-eslint',
 *   name: string,
 *   argv: string[],
 *   prepare?: string,
 *   prime: boolean,
 * }} BenchCommand
 */

/** @param {string} word */
function shellQuote(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** @param {string[]} argv */
export function shellLine(argv) {
  return argv.map(shellQuote).join(' ');
}

/**
 * The reference every ratio is measured against: ESLint's own CLI, one thread, the recommended
 * preset as a flat config (`bench/upkeep.eslint.config.mjs`), on the current directory, its JSON
 * report discarded.
 * @param {string} repo upkeep's checkout (where ESLint and the config are)
 * @param {string} [node] the node binary
 * @returns {string[]} argv
 */
export function eslintColdCommand(repo, node = process.execPath) {
  return [
    node,
    join(repo, 'node_modules/eslint/bin/eslint.js'),
    '--config',
    join(repo, 'bench/upkeep.eslint.config.mjs'),
    '--format',
    'json',
    '--output-file',
    '/dev/null',
    '.',
  ];
}

/**
 * @param {{ repo: string, node: string, eslintCacheFile: string, withUpkeep: boolean }} options
 * @returns {BenchCommand[]}
 */
export function benchCommands({ repo, node, eslintCacheFile, withUpkeep }) {
  const eslint = eslintColdCommand(repo, node);
  // the JSON report goes to stdout, which hyperfine discards; `--out /dev/null` is avoided because
  // --out writes atomically (temp file + rename), and as root that rename replaces the device
  const upkeep = [node, join(repo, 'packages/cli/dist/bin.js'), 'score', '.', '--format', 'json', '--quiet'];
  /** @type {BenchCommand[]} */
  const commands = [
    { id: 'eslint', name: 'eslint', argv: eslint, prime: false },
    { id: 'eslint-concurrency', name: 'eslint --concurrency 2', argv: [...eslint, '--concurrency', '2'], prime: false },
    {
      id: 'eslint-cache',
      name: 'eslint --cache (warm)',
      argv: [...eslint, '--cache', '--cache-strategy', 'content', '--cache-location', eslintCacheFile],
      prime: true,
    },
  ];
  if (withUpkeep) {
    commands.push(
      // removing .upkeep/ before every run leaves nothing cached between runs
      // the ESLint engine first: the oxlint cold run that follows leaves the cache the warm run reads
      {
        id: 'upkeep-cold-eslint',
        name: 'upkeep score (cold, eslint, --jobs 2)',
        argv: [...upkeep, '--engine', 'eslint', '--jobs', '2'],
        prepare: 'rm -rf .upkeep',
        prime: false,
      },
      // one lint thread against ESLint's one thread: the per-file cost of the ESLint engine
      {
        id: 'upkeep-cold-eslint-j1',
        name: 'upkeep score (cold, eslint, --jobs 1)',
        argv: [...upkeep, '--engine', 'eslint', '--jobs', '1'],
        prepare: 'rm -rf .upkeep',
        prime: false,
      },
      // the ESLint engine on an unchanged tree: its own cache, primed by the run before the timed one
      {
        id: 'upkeep-warm-eslint',
        name: 'upkeep score (warm, eslint)',
        argv: [...upkeep, '--engine', 'eslint'],
        prime: true,
      },
      {
        id: 'upkeep-cold',
        name: 'upkeep score (cold, oxlint)',
        argv: [...upkeep, '--engine', 'oxlint'],
        prepare: 'rm -rf .upkeep',
        prime: false,
      },
      { id: 'upkeep-warm', name: 'upkeep score (warm, oxlint)', argv: [...upkeep, '--engine', 'oxlint'], prime: true },
    );
  }
  return commands;
}
