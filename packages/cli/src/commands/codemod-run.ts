import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { findProjectRoot } from '@upkeep/analyzer';
import {
  BUILTIN_TRANSFORMS,
  TRANSFORM_PARSERS,
  TransformOptionsError,
  loadTransform,
  parseTransformOptions,
  runTransformCodemod,
} from '@upkeep/codemods';
import { UsageError, type CliIo } from '../io.js';
import { parseOptions } from '../validate.js';
import { CommonCodemodOptions, executeCodemod, startOf, withCommonOptions } from './codemod-options.js';

const RunOptions = CommonCodemodOptions.extend({
  parser: z.enum(TRANSFORM_PARSERS, { error: `expected ${TRANSFORM_PARSERS.join(', ')}` }).optional(),
});

/** `upkeep codemod run <transform>`: any jscodeshift transform through the codemod runner. */
export function registerRun(codemod: Command, io: CliIo, setExit: (code: number) => void): void {
  const run = codemod
    .command('run')
    .description(
      'run a jscodeshift transform (a built-in, a file or an installed package) with the same guarantees: dirty check, dry run, verify, failing files dropped, all-or-nothing write, score delta',
    )
    .argument(
      '<transform>',
      `a built-in transform (${Object.keys(BUILTIN_TRANSFORMS).join(', ')}), a transform file, or a package path such as some-codemods/transforms/x`,
    )
    .argument(
      '[paths...]',
      'files or directories to transform (default: the whole project); words after -- are options for the transform',
    )
    .option(
      '--parser <parser>',
      `parser for every file: ${TRANSFORM_PARSERS.join(', ')} (default: the transform's \`parser\` export, else ts for .ts, tsx for .tsx, babel for JavaScript)`,
    );
  withCommonOptions(run).addHelpText(
    'after',
    '\nTransform options follow --, as jscodeshift passes them: upkeep codemod run ./t.js src -- --quote=single --dry',
  );
  run.action(async (transformName: string, operands: string[], raw: Record<string, unknown>, command: Command) => {
    const options = parseOptions(RunOptions, raw);
    const words = transformWords(command);
    const paths = operands.slice(0, operands.length - words.length);
    let transformOptions;
    try {
      transformOptions = parseTransformOptions(words);
    } catch (error) {
      if (error instanceof TransformOptionsError) throw new UsageError(`transform options after --: ${error.message}`);
      throw error;
    }
    const start = paths.length === 0 ? io.cwd : await startOf(resolve(io.cwd, paths[0]!));
    const { root } = await findProjectRoot(start);
    const transform = await loadTransform(transformName, io.cwd, root);
    setExit(
      await executeCodemod(
        runTransformCodemod({ transform, parser: options.parser, transformOptions }),
        paths,
        options,
        io,
      ),
    );
  });
}

/** The words after `--` on the command line (commander hands them over as operands). */
function transformWords(command: Command): string[] {
  let root = command;
  while (root.parent) root = root.parent;
  // commander keeps the argv it parsed as `rawArgs` (not in its typings); the operands it hands
  // the action do not say which came after `--`
  const rawArgs = (root as unknown as { rawArgs?: unknown }).rawArgs;
  if (!Array.isArray(rawArgs)) return [];
  const separator = rawArgs.indexOf('--');
  return separator < 0 ? [] : (rawArgs.slice(separator + 1) as string[]);
}
