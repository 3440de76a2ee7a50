// Times all commands side by side in one hyperfine run, so they share the machine's state, and
// reads the per-command statistics back from hyperfine's JSON export.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { shellLine } from './commands.mjs';

/**
 * @typedef {{ name: string, mean: number, stddev: number, min: number, max: number, times: number[], exitCodes: number[], cpu?: number }} Timing
 * `cpu`: mean CPU seconds (user + system, child processes and threads included) of a run
 */

/**
 * hyperfine's arguments. ESLint exits 1 when it finds problems, hence `--ignore-failure`; runs
 * that really failed are caught afterwards from the exit codes in the export.
 * @param {import('./commands.mjs').BenchCommand[]} commands
 * @param {{ runs: number, warmup: number, exportJson: string }} options
 */
export function hyperfineArgs(commands, { runs, warmup, exportJson }) {
  const args = ['--warmup', String(warmup), '--runs', String(runs), '--ignore-failure', '--export-json', exportJson];
  // hyperfine takes either one --prepare for all commands or exactly one per command
  if (commands.some((command) => command.prepare)) {
    for (const command of commands) args.push('--prepare', command.prepare ?? 'true');
  }
  for (const command of commands) args.push('--command-name', command.name);
  for (const command of commands) args.push(shellLine(command.argv));
  return args;
}

/**
 * @param {import('./commands.mjs').BenchCommand[]} commands
 * @param {{ cwd: string, runs: number, warmup: number, exportJson: string }} options
 * @returns {Timing[]}
 */
export function runHyperfine(commands, { cwd, runs, warmup, exportJson }) {
  const result = spawnSync('hyperfine', hyperfineArgs(commands, { runs, warmup, exportJson }), {
    cwd,
    stdio: 'inherit',
  });
  if (result.error || result.status !== 0) {
    throw new Error(`hyperfine failed (${result.error ? result.error.message : `exit code ${result.status}`})`);
  }
  /** @type {{ results: { command: string, mean: number, stddev: number | null, min: number, max: number, times: number[], exit_codes: number[], user?: number, system?: number }[] }} */
  const exported = JSON.parse(readFileSync(exportJson, 'utf8'));
  return exported.results.map((entry) => ({
    name: entry.command,
    mean: entry.mean,
    stddev: entry.stddev ?? 0,
    min: entry.min,
    max: entry.max,
    times: entry.times,
    exitCodes: entry.exit_codes,
    ...(entry.user === undefined || entry.system === undefined ? {} : { cpu: entry.user + entry.system }),
  }));
}
