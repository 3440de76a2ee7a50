import { randomUUID } from 'node:crypto';
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { COMMENT_MARKER } from '../reporters/markdown.js';
import { PublishError, redact, type PublishTiming } from './publish-error.js';

export interface GithubTarget {
  /** https://api.github.com, or a GitHub Enterprise Server's /api/v3 */
  apiUrl: string;
  owner: string;
  repo: string;
  /** the pull request number */
  issueNumber: number;
  token: string;
}

export interface PublishOutcome {
  action: 'created' | 'updated';
  /** the comment's web address, when the forge gives one */
  url?: string;
}

const RetryingOctokit = Octokit.plugin(retry, throttling);
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function client(target: GithubTarget, timing: PublishTiming): InstanceType<typeof RetryingOctokit> {
  const retries = timing.retries ?? 3;
  const base = timing.retryBaseMs ?? 1000;
  const maxWait = timing.maxRateLimitWaitSeconds ?? 60;
  const onLimit =
    (kind: string) =>
    (after: number, _options: unknown, _octokit: unknown, retryCount: number): boolean => {
      if (retryCount >= retries || after > maxWait) return false;
      timing.onWait?.(`GitHub ${kind} rate limit: waiting ${after} s (retry ${retryCount + 1} of ${retries})`);
      return true;
    };
  return new RetryingOctokit({
    auth: target.token,
    baseUrl: target.apiUrl.replace(/\/+$/, ''),
    userAgent: 'upkeep',
    log: quiet,
    // retries go in the plugin's state: a per-request `retries` would make it retry 401 and 404 as well
    retry: { retries, retryAfterBaseValue: base },
    // each client its own limiter group: one run posts one comment, and nothing is shared between runs
    throttle: {
      id: `upkeep-${randomUUID()}`,
      retryAfterBaseValue: base,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
  });
}

interface OctokitFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

function explain(error: unknown, target: GithubTarget): PublishError {
  const failure = error as OctokitFailure;
  const status = failure.status;
  const where = `${target.owner}/${target.repo}#${target.issueNumber}`;
  const headers = failure.response?.headers ?? {};
  if (status === 401) {
    return new PublishError(
      'unauthorized',
      'GitHub rejected the token (401 Bad credentials): check GITHUB_TOKEN or GH_TOKEN',
      401,
    );
  }
  if (status === 429 || (status === 403 && headers['x-ratelimit-remaining'] === '0')) {
    return new PublishError(
      'rate-limited',
      `GitHub rate limit reached while commenting on ${where}; gave up waiting (bounded retries)`,
      status,
    );
  }
  if (status === 403) {
    return new PublishError(
      'forbidden',
      `the token may not comment on ${where} (403; a pull request from a fork gets a read-only token)`,
      403,
    );
  }
  if (status === 404) {
    return new PublishError('not-found', `${where} not found, or the token cannot see it (404)`, 404);
  }
  const detail = redact(failure.message ?? String(error), [target.token]).split('\n')[0];
  return new PublishError(
    'failed',
    `GitHub request failed${status === undefined ? '' : ` (${status})`}: ${detail}`,
    status,
  );
}

/**
 * Posts the markdown as one sticky comment on a pull request: the comment that starts with the
 * hidden marker is updated in place, else one is created, so a pull request never gets two.
 */
export async function publishGithubComment(
  target: GithubTarget,
  body: string,
  timing: PublishTiming = {},
): Promise<PublishOutcome> {
  const octokit = client(target, timing);
  const where = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber };
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, per_page: 100 });
    const existing = comments.find((comment) => comment.body?.startsWith(COMMENT_MARKER));
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ ...where, body });
    return { action: 'created', url: data.html_url };
  } catch (error) {
    throw explain(error, target);
  }
}
