import type { Command } from 'commander';
import { z } from 'zod';
import { RENAME_KINDS, renameCodemod, type RenameKind } from '@upkeep/codemods';
import { UsageError, type CliIo } from '../io.js';
import { parseOptions } from '../validate.js';
import { registerDeadCode } from './codemod-dead-code.js';
import { CommonCodemodOptions, executeCodemod, withCommonOptions } from './codemod-options.js';
import { registerRun } from './codemod-run.js';

const RenameOptions = CommonCodemodOptions.extend({
  convention: z
    .enum(['camelCase', 'PascalCase', 'CONSTANT_CASE', 'snake_case'], {
      error: 'expected camelCase, PascalCase, CONSTANT_CASE or snake_case',
    })
    .optional(),
  kinds: z.string().optional(),
  map: z.string().optional(),
  includePublicApi: z.boolean().optional(),
  formatChanged: z.boolean().optional(),
});

export function registerCodemod(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const codemod = program
    .command('codemod')
    .description(
      'safe project-wide code changes: plan, verify (parse, type-check, your tests), drop the edits that fail, write the rest all at once, score delta',
    );
  const rename = codemod
    .command('rename')
    .description(
      'rename names to the naming convention (or by --map) everywhere they are used, through the TypeScript language service',
    )
    .argument('[paths...]', 'files or directories whose declarations to rename (default: the whole project)')
    .option(
      '--convention <style>',
      'style of variables, functions, parameters, methods, properties: camelCase (default), PascalCase, CONSTANT_CASE, snake_case',
    )
    .option('--kinds <list>', `kinds to rename, comma-separated: ${RENAME_KINDS.join(',')} (default: all but property)`)
    .option('--map <pairs>', 'explicit renames old=new,old2=new2 (only these are renamed)')
    .option('--include-public-api', 'also rename names exported from package.json entry points (main, exports, bin)')
    .option(
      '--format-changed',
      "format the changed files with the project's formatter (its Prettier, or Biome/dprint from its scripts) before verifying and writing",
    );
  withCommonOptions(rename).action(async (paths: string[], raw: Record<string, unknown>) => {
    const options = parseOptions(RenameOptions, raw);
    const codemodToRun = renameCodemod({
      convention: options.convention,
      kinds: options.kinds === undefined ? undefined : parseKinds(options.kinds),
      map: options.map === undefined ? undefined : parseMap(options.map),
      includePublicApi: options.includePublicApi,
      formatChanged: options.formatChanged,
    });
    setExit(await executeCodemod(codemodToRun, paths, options, io));
  });
  registerDeadCode(codemod, io, setExit);
  registerRun(codemod, io, setExit);
  for (const command of codemod.commands) command.exitOverride().configureOutput(program.configureOutput());
  codemod.exitOverride().configureOutput(program.configureOutput());
}

function parseKinds(text: string): RenameKind[] {
  const kinds = text
    .split(',')
    .map((kind) => kind.trim())
    .filter(Boolean);
  const unknown = kinds.filter((kind) => !(RENAME_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0 || kinds.length === 0)
    throw new UsageError(
      `--kinds: unknown kind ${unknown.join(', ') || '(empty)'}; expected a comma-separated list of ${RENAME_KINDS.join(', ')}`,
    );
  return kinds as RenameKind[];
}

function parseMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)) {
    const [from, to, extra] = pair.split('=');
    if (!from || !to || extra !== undefined) throw new UsageError(`--map: "${pair}" is not old=new`);
    if (map.has(from)) throw new UsageError(`--map: ${from} is mapped twice`);
    map.set(from.trim(), to.trim());
  }
  if (map.size === 0) throw new UsageError('--map: expects old=new pairs, e.g. --map order_total=orderSum');
  return map;
}
