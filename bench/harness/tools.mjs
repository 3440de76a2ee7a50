// Finds the external programs the benchmark relies on and explains how to get them when absent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const INSTALL_HINT =
  'install them with: sudo apt-get update && sudo apt-get install -y hyperfine time (Debian/Ubuntu), or brew install hyperfine (macOS; peak memory then shows as n/a)';

/** @returns {string | undefined} hyperfine's version, or undefined when it is not on PATH */
export function hyperfineVersion() {
  const probe = spawnSync('hyperfine', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return undefined;
  return probe.stdout.trim().replace(/^hyperfine\s+/, '');
}

/** GNU time reports peak memory (`-v`); the shell keyword `time` and BSD time do not. */
export function gnuTimeAvailable() {
  if (!existsSync('/usr/bin/time')) return false;
  const probe = spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /Maximum resident set size/.test(probe.stderr);
}
