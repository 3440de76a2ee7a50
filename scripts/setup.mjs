#!/usr/bin/env node
// Makes a fresh clone runnable with nothing but Node 20 and npm: installs the workspace with the
// pinned pnpm (through npx when no matching pnpm is on PATH) when node_modules is missing or older
// than the lockfile, then runs an incremental build. A second call costs about a second.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager; // "pnpm@12.4.2"
const pinnedVersion = pinned.split('@')[1];

function run(cmd, args, what) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status}`;
    process.stderr.write(`setup: ${what} failed (${why}). Command: ${cmd} ${args.join(' ')}\n`);
    process.exit(result.status || 2);
  }
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (!probe.error && probe.status === 0 && probe.stdout.trim() === pinnedVersion) return ['pnpm', []];
  return ['npx', ['--yes', pinned]];
}

function installNeeded() {
  const marker = join(root, 'node_modules', '.pnpm', 'lock.yaml');
  if (!existsSync(marker)) return true;
  return statSync(join(root, 'pnpm-lock.yaml')).mtimeMs > statSync(marker).mtimeMs;
}

if (installNeeded()) {
  process.stderr.write(`setup: installing dependencies with ${pinned} (first run only)\n`);
  const [cmd, pre] = pnpmCommand();
  run(cmd, [...pre, 'install', '--frozen-lockfile', '--reporter=append-only'], 'installing dependencies');
}
run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b'], 'building (tsc -b)');
