import type { Command } from 'commander';
import { z } from 'zod';
import { formatMarkdown } from '@upkeep/reports';
import {
  addChangeOptions,
  addCommentOptions,
  addGateOptions,
  ChangeOptions,
  CommentOptions,
  GateOptions,
} from '../delta/options.js';
import { computeDelta } from '../delta/compute.js';
import { postComment } from '../delta/post-comment.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { parseOptions } from '../validate.js';

const CommentCommandOptions = ChangeOptions.extend(GateOptions.shape)
  .extend(CommentOptions.shape)
  .extend({ dryRun: z.boolean().optional() });

export function registerComment(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const command = program
    .command('comment')
    .description(
      'post or update one sticky pull/merge request comment with the scores before and after (GitHub, GitLab)',
    )
    .option('--dry-run', 'print the comment to stdout instead of posting it');
  addChangeOptions(command);
  addGateOptions(command);
  addCommentOptions(command);
  command.action(async (raw: Record<string, unknown>) => {
    const options = parseOptions(CommentCommandOptions, raw);
    const delta = await computeDelta(options, options, io);
    if (options.dryRun) io.stdout.write(formatMarkdown(delta));
    else await postComment(delta, options, io);
    setExit(EXIT_OK);
  });
}
