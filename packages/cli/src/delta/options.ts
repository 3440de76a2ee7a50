import type { Command } from 'commander';
import { z } from 'zod';
import { ENGINE_FLAG, ENGINE_HELP, engineOption, jobsOption, scoreBound } from '../validate.js';

/** Options of every command that computes a Delta: where the change is and how to analyze it. */
export function addChangeOptions(command: Command): Command {
  return command
    .option('--base <ref>', 'the commit, branch or tag the change is compared with (e.g. origin/main)')
    .option('--head <ref>', 'the commit of the change (default: HEAD)')
    .option('--worktree', 'compare the files on disk (uncommitted and untracked changes included) instead of a commit')
    .option('--from <delta.json>', 'read a Delta written by `upkeep diff --format json` instead of analyzing')
    .option('--eslint-config <config>', 'recommended | project | path to an ESLint flat config file')
    .option(
      '--jobs <n>',
      "lint jobs: worker threads, oxlint threads (default: half the cores, at least 1, as ESLint's --concurrency auto)",
    )
    .option(ENGINE_FLAG, ENGINE_HELP)
    .option('--no-cache', 'neither read nor write the analysis cache in .upkeep/')
    .option('--quiet', 'no progress bar and no notices');
}

/** The gate conditions as flags; each overrides the same field under `gate` in upkeep.config.json. */
export function addGateOptions(command: Command): Command {
  return command
    .option('--fail-under <score>', 'fail when the project score after the change is below this (0-10)')
    .option(
      '--max-module-drop <points>',
      'fail when a changed module loses more than this many points (0 forbids any drop)',
    )
    .option('--min-new-module <score>', 'fail when an added module scores below this (0-10)')
    .option('--no-new-errors', 'fail when the change introduces an error (E) or fatal (F) message');
}

/** Options of the commands that post a comment. */
export function addCommentOptions(command: Command): Command {
  return command
    .option('--provider <provider>', 'github | gitlab | auto (from the CI environment)', 'auto')
    .option(
      '--pr <number>',
      'the pull or merge request number, when the CI event does not hold it (workflow_run from a fork)',
    );
}

export const ChangeOptions = z.object({
  base: z.string().min(1).optional(),
  head: z.string().min(1).optional(),
  worktree: z.boolean().optional(),
  from: z.string().min(1).optional(),
  eslintConfig: z.string().min(1).optional(),
  jobs: jobsOption.optional(),
  engine: engineOption.optional(),
  cache: z.boolean().default(true),
  quiet: z.boolean().optional(),
});

const points = z.string().transform((text, ctx) => {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 10) {
    ctx.addIssue({
      code: 'custom',
      message: `--max-module-drop expects a number of points from 0 to 10, got "${text}"`,
    });
    return z.NEVER;
  }
  return value;
});

export const GateOptions = z.object({
  failUnder: scoreBound('--fail-under').optional(),
  maxModuleDrop: points.optional(),
  minNewModule: scoreBound('--min-new-module').optional(),
  newErrors: z.boolean().optional(),
});

const prNumber = z
  .string()
  .regex(/^[1-9]\d*$/, { error: 'expected a positive whole number' })
  .transform(Number);

export const CommentOptions = z.object({
  provider: z.enum(['github', 'gitlab', 'auto'], { error: 'expected github, gitlab or auto' }),
  pr: prNumber.optional(),
});

export type ChangeOptionValues = z.infer<typeof ChangeOptions>;
export type GateOptionValues = z.infer<typeof GateOptions>;
export type CommentOptionValues = z.infer<typeof CommentOptions>;
