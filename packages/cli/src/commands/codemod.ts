import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { findProjectRoot } from '@upkeep/analyzer';
import { RENAME_KINDS, formatCodemodResult, renameCodemod, runCodemod, type Codemod, type RenameKind } from '@upkeep/codemods';
import { buildAnalysisOptions } from '../analysis-options.js';
import { loadConfig } from '../config.js';
import { registerDeadCode } from './codemod-dead-code.js';
import { registerRun } from './codemod-run.js';
import { EXIT_GATE, EXIT_OK, UsageError, type CliIo } from '../io.js';
import { toPathspecs } from '../paths.js';
import { parseOptions } from '../validate.js';

const CommonOptions = z.object({
  dryRun: z.boolean().optional(),
  allowDirty: z.boolean().optional(),
  verify: z.string().min(1, { error: 'expects a command, e.g. --verify "npm test"' }).optional(),
  typeCheck: z.boolean(),
  score: z.boolean(),
  format: z.enum(['text', 'json'], { error: 'expected text or json' }),
});

const RenameOptions = CommonOptions.extend({
  convention: z.enum(['camelCase', 'PascalCase', 'CONSTANT_CASE', 'snake_case'], { error: 'expected camelCase, PascalCase, CONSTANT_CASE or snake_case' }).optional(),
  kinds: z.string().optional(),
  map: z.string().optional(),
  includePublicApi: z.boolean().optional(),
  formatChanged: z.boolean().optional(),
});

export function registerCodemod(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const codemod = program.command('codemod').description('safe project-wide code changes: plan, verify (type check, parse, your tests), write all or nothing, score delta');
  const rename = codemod
    .command('rename')
    .description('rename names to the naming convention (or by --map) everywhere they are used, through the TypeScript language service')
    .argument('[paths...]', 'files or directories whose declarations to rename (default: the whole project)')
    .option('--convention <style>', 'style of variables, functions, parameters, methods, properties: camelCase (default), PascalCase, CONSTANT_CASE, snake_case')
    .option('--kinds <list>', `kinds to rename, comma-separated: ${RENAME_KINDS.join(',')} (default: all but property)`)
    .option('--map <pairs>', 'explicit renames old=new,old2=new2 (only these are renamed)')
    .option('--include-public-api', 'also rename names exported from package.json entry points (main, exports, bin)')
    .option('--format-changed', "format the changed files with the project's formatter (its Prettier, or Biome/dprint from its scripts) before verifying and writing");
  withCommonOptions(rename).action(async (paths: string[], raw: Record<string, unknown>) => {
    const options = parseOptions(RenameOptions, raw);
    const codemodToRun = renameCodemod({
      convention: options.convention,
      kinds: options.kinds === undefined ? undefined : parseKinds(options.kinds),
      map: options.map === undefined ? undefined : parseMap(options.map),
      includePublicApi: options.includePublicApi,
      formatChanged: options.formatChanged,
    });
    setExit(await execute(codemodToRun, paths, options, io));
  });
  registerDeadCode(codemod, io, setExit);
  registerRun(codemod, io, setExit);
  for (const command of codemod.commands) command.exitOverride().configureOutput(program.configureOutput());
  codemod.exitOverride().configureOutput(program.configureOutput());
}

export function withCommonOptions(command: Command): Command {
  return command
    .option('--dry-run', 'print the unified diff and the summary; write nothing')
    .option('--allow-dirty', 'run even if the git work tree has uncommitted changes')
    .option('--verify <command>', 'run this command (your tests) on the changed tree; if it fails, every file is restored byte for byte')
    .option('--no-type-check', 'skip the type-check comparison (diagnostics after must be a subset of before)')
    .option('--no-score', 'do not score the changed modules before and after')
    .option('--format <format>', 'output format: text or json', 'text');
}

export async function execute(codemod: Codemod, paths: string[], options: z.infer<typeof CommonOptions>, io: CliIo): Promise<number> {
  const start = paths.length === 0 ? io.cwd : await startOf(resolve(io.cwd, paths[0]!));
  const project = await findProjectRoot(start);
  const config = await loadConfig(project.configFile, io.cwd);
  const pathspecs = await toPathspecs(paths, io.cwd, project.root, true);
  const result = await runCodemod(codemod, {
    root: project.root,
    paths: pathspecs,
    allowDirty: options.allowDirty,
    dryRun: options.dryRun,
    verifyCommand: options.verify,
    typeCheck: options.typeCheck,
    score: options.score && buildAnalysisOptions(config, {}, { cwd: io.cwd, root: project.root, configFile: project.configFile }).options,
    onProgress: progressPrinter(io),
  });
  io.stdout.write(options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatCodemodResult(result, { diff: options.dryRun === true }));
  return result.status === 'rejected' ? EXIT_GATE : EXIT_OK;
}

/** One line per phase on stderr, on a terminal only (stdout stays clean for --format json). */
function progressPrinter(io: CliIo): (phase: string, done: number, total: number) => void {
  let last = '';
  return (phase, done, total) => {
    if (io.stderr.isTTY !== true) return;
    const line = `${phase} ${done}/${total}`;
    if (line !== last && (done === 0 || done === total || done % 250 === 0)) io.stderr.write(`\r\u001b[K${line}${done === total ? '\n' : ''}`);
    last = line;
  };
}

export async function startOf(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UsageError(`${path}: no such file or directory`);
  return info.isDirectory() ? path : dirname(path);
}

function parseKinds(text: string): RenameKind[] {
  const kinds = text.split(',').map((kind) => kind.trim()).filter(Boolean);
  const unknown = kinds.filter((kind) => !(RENAME_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0 || kinds.length === 0) throw new UsageError(`--kinds: unknown kind ${unknown.join(', ') || '(empty)'}; expected a comma-separated list of ${RENAME_KINDS.join(', ')}`);
  return kinds as RenameKind[];
}

function parseMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of text.split(',').map((entry) => entry.trim()).filter(Boolean)) {
    const [from, to, extra] = pair.split('=');
    if (!from || !to || extra !== undefined) throw new UsageError(`--map: "${pair}" is not old=new`);
    if (map.has(from)) throw new UsageError(`--map: ${from} is mapped twice`);
    map.set(from.trim(), to.trim());
  }
  if (map.size === 0) throw new UsageError('--map: expects old=new pairs, e.g. --map order_total=orderSum');
  return map;
}
