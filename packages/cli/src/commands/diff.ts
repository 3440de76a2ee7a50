import type { Command } from 'commander';
import { z } from 'zod';
import { renderReport } from '@upkeep/reports';
import {
  addChangeOptions,
  addCommentOptions,
  addGateOptions,
  ChangeOptions,
  CommentOptions,
  GateOptions,
} from '../delta/options.js';
import { computeDelta } from '../delta/compute.js';
import { gateExit, reportGate } from '../delta/gate-output.js';
import { postComment } from '../delta/post-comment.js';
import { EXIT_OK, colorsEnabled, type CliIo } from '../io.js';
import { checkOutput, writeOutput } from '../output.js';
import { formatOption, parseOptions } from '../validate.js';

const DiffOptions = ChangeOptions.extend(GateOptions.shape)
  .extend(CommentOptions.shape)
  .extend({
    format: formatOption('delta'),
    out: z.string().min(1).optional(),
    comment: z.boolean().optional(),
    gate: z.boolean().optional(),
  });

export function registerDiff(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const command = program
    .command('diff')
    .description(
      'score what a change does: modules before and after, messages introduced and fixed (only changed modules are linted)',
    )
    .option(
      '--format <format>',
      'text | json (Delta) | markdown (PR comment) | sarif (code scanning) | gitlab (Code Quality)',
      'text',
    )
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--comment', 'also post the pull request comment (see upkeep comment)')
    .option('--gate', 'also check the gate conditions and exit 1 when one fails (see upkeep gate)');
  addChangeOptions(command);
  addGateOptions(command);
  addCommentOptions(command);
  command.action(async (raw: Record<string, unknown>) => {
    const options = parseOptions(DiffOptions, raw);
    await checkOutput(options.out, io);
    const delta = await computeDelta(options, options, io);
    const toFile = options.out !== undefined;
    await writeOutput(
      await renderReport('delta', options.format, delta, { colors: !toFile && colorsEnabled(io, io.stdout) }),
      options.out,
      io,
    );
    if (options.comment) await postComment(delta, options, io);
    if (!options.gate) return setExit(EXIT_OK);
    // the text and markdown reports show the verdict; printed on the terminal, it is not repeated
    const shown = !toFile && (options.format === 'text' || options.format === 'markdown');
    setExit(shown ? gateExit(delta) : reportGate(delta, { ...io, stdout: io.stderr }));
  });
}
