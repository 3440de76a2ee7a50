import { formatMarkdown } from '@upkeep/reports';
import {
  PublishError,
  publishGithubComment,
  publishGitlabNote,
  redact,
  writeStepSummary,
  type PublishTiming,
} from '@upkeep/reports/publishers';
import type { Delta } from '@upkeep/core';
import { UsageError, type CliIo } from '../io.js';
import { commentTarget } from './ci-context.js';
import type { CommentOptionValues } from './options.js';

/**
 * Posts (or updates) the sticky comment and writes the job summary. Without write permission, as
 * for a pull request from a fork, it says so in one line and succeeds: the summary holds the report.
 */
export async function postComment(
  delta: Delta,
  options: CommentOptionValues & { quiet?: boolean },
  io: CliIo,
): Promise<void> {
  const target = await commentTarget(io, options.provider, delta, options.pr);
  const body = formatMarkdown(delta, {
    lineUrl: target.lineUrl,
    fullReportHint: 'the job summary and `upkeep diff` have the full report',
  });
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (summary)
    await writeStepSummary(summary, formatMarkdown(delta, { maxLength: 1024 * 1024, lineUrl: target.lineUrl }));
  const timing: PublishTiming = {
    onWait: (notice) => io.stderr.write(`upkeep: ${redact(notice, [target.target.token])}\n`),
  };
  const where =
    target.provider === 'github'
      ? `${target.target.owner}/${target.target.repo}#${target.target.issueNumber}`
      : `!${target.target.mergeRequestIid}`;
  try {
    const outcome =
      target.provider === 'github'
        ? await publishGithubComment(target.target, body, timing)
        : await publishGitlabNote(target.target, body, timing);
    if (!options.quiet)
      io.stderr.write(`upkeep: ${outcome.action} the comment on ${where}${outcome.url ? ` (${outcome.url})` : ''}\n`);
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    const message = redact(error.message, [target.target.token]);
    if (error.kind === 'forbidden') {
      io.stderr.write(
        `upkeep: ${message}; ${summary ? 'the report is in the job summary' : 'set GITHUB_STEP_SUMMARY or use the two-workflow pattern of docs/ci.md'}\n`,
      );
      return;
    }
    throw new UsageError(message);
  }
}
