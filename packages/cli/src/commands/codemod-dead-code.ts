import type { Command } from 'commander';
import { z } from 'zod';
import { DEAD_CODE_KINDS, deadCodeCodemod, type DeadCodeKind } from '@upkeep/codemods';
import type { CliIo } from '../io.js';
import { parseOptions } from '../validate.js';
import { CommonCodemodOptions, executeCodemod, withCommonOptions } from './codemod-options.js';

const kindList = z.string().transform((text, ctx) => {
  const kinds = text
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const unknown = kinds.filter((k) => !(DEAD_CODE_KINDS as readonly string[]).includes(k));
  if (kinds.length === 0 || unknown.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown kind ${unknown.join(', ') || '(none)'}; expected a comma-separated list of ${DEAD_CODE_KINDS.join(', ')}`,
    });
    return z.NEVER;
  }
  return kinds as DeadCodeKind[];
});

const DeadCodeOptions = CommonCodemodOptions.extend({
  only: kindList.optional(),
  removeParams: z.boolean().optional(),
  entry: z.array(z.string().min(1)).optional(),
});

/** `upkeep codemod dead-code`, a subcommand of `upkeep codemod`. */
export function registerDeadCode(codemod: Command, io: CliIo, setExit: (code: number) => void): void {
  const command = codemod
    .command('dead-code')
    .description(
      'find dead code project-wide (imports, locals, unreachable statements, private members, exports, files) and remove it to a fixpoint, verified',
    )
    .argument('[paths...]', 'remove dead code only in these files or directories (the analysis is always project-wide)')
    .option('--only <kinds>', `comma-separated kinds to take: ${DEAD_CODE_KINDS.join(',')}`)
    .option(
      '--remove-params',
      'also remove unused parameters where every call site is known (otherwise they are only reported)',
    )
    .option(
      '--entry <glob...>',
      'extra entry points (files or globs relative to the project root), added to upkeep.config.json "entries"',
    );
  withCommonOptions(command).action(async (paths: string[], raw: Record<string, unknown>) => {
    const options = parseOptions(DeadCodeOptions, raw);
    setExit(
      await executeCodemod(
        deadCodeCodemod({ only: options.only, removeParams: options.removeParams, entries: options.entry }),
        paths,
        options,
        io,
      ),
    );
  });
}
