#!/usr/bin/env node
// Installs the `upkeep` command on PATH from this checkout, for use in any other repository:
//   npm run install-cli                       # global npm prefix (where `npm install -g` puts commands)
//   npm run install-cli -- --prefix ~/.local  # commands in ~/.local/bin
//   npm run install-cli -- --dir /opt/upkeep  # where the self-contained copy goes
// It builds the workspace, copies the CLI with its workspace packages and production dependencies
// into one self-contained directory (`pnpm deploy`, flat node_modules; default
// ~/.local/share/upkeep/cli, or $XDG_DATA_HOME/upkeep/cli), then `npm install -g` links that
// directory, which puts `upkeep` on PATH. The copy does not depend on the checkout: later edits or a
// deleted checkout do not change the installed command; run this again to update it.
// Uninstall: npm uninstall -g @upkeep/cli (and delete the directory).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI_PACKAGE = '@upkeep/cli';

function fail(message) {
  process.stderr.write(`install-cli: ${message}\n`);
  process.exit(2);
}

function run(cmd, args, what, cwd = root) {
  const result = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  if (result.error || result.status !== 0) {
    fail(
      `${what} failed (${result.error ? result.error.message : `exit code ${result.status}`}). Command: ${cmd} ${args.join(' ')}`,
    );
  }
}

/** The pinned pnpm: the one on PATH when it is that version, else through npx (as scripts/setup.mjs). */
function pnpm() {
  const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (!probe.error && probe.status === 0 && probe.stdout.trim() === pinned.split('@')[1]) return ['pnpm', []];
  return ['npx', ['--yes', pinned]];
}

let options;
try {
  options = parseArgs({ options: { prefix: { type: 'string' }, dir: { type: 'string' } }, strict: true }).values;
} catch (error) {
  fail(`${error.message}\nusage: npm run install-cli [-- --prefix DIR] [-- --dir DIR]`);
}
const dataHome = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
const target = resolve(options.dir ?? join(dataHome, 'upkeep', 'cli'));

// replace only a previous copy of the CLI, never a directory that holds something else
if (existsSync(target)) {
  const manifest = join(target, 'package.json');
  const name = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).name : undefined;
  if (name !== CLI_PACKAGE)
    fail(`${target} exists and is not a copy of ${CLI_PACKAGE}: choose another --dir or remove it`);
  rmSync(target, { recursive: true, force: true });
}

run(process.execPath, [join(root, 'scripts', 'setup.mjs')], 'installing and building the workspace');
const [cmd, pre] = pnpm();
run(
  cmd,
  [...pre, '--filter', CLI_PACKAGE, 'deploy', '--prod', '--config.node-linker=hoisted', target],
  'copying the CLI (pnpm deploy)',
);

// workspace packages are in the copy's node_modules: name them by version, not by a path into this checkout
const manifestPath = join(target, 'package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
for (const [name, spec] of Object.entries(manifest.dependencies ?? {})) {
  if (String(spec).includes('file:')) {
    manifest.dependencies[name] = JSON.parse(
      readFileSync(join(target, 'node_modules', name, 'package.json'), 'utf8'),
    ).version;
  }
}
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
for (const file of ['pnpm-lock.yaml', 'pnpm-workspace.yaml']) rmSync(join(target, file), { force: true });

const prefix = options.prefix === undefined ? [] : ['--prefix', resolve(options.prefix)];
run('npm', ['install', '--global', ...prefix, '--offline', '--no-audit', '--no-fund', target], 'npm install --global');
const binDir =
  options.prefix === undefined
    ? 'the global npm bin directory (npm prefix -g)/bin'
    : join(resolve(options.prefix), 'bin');
process.stdout.write(
  `install-cli: upkeep installed from ${target}; the command is in ${binDir}. Try: upkeep --version\n`,
);
