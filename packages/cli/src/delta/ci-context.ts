import { readFile } from 'node:fs/promises';
import type { Delta } from '@upkeep/core';
import type { GithubTarget, GitlabTarget } from '@upkeep/reports/publishers';
import { UsageError, type CliIo } from '../io.js';

export type CommentTarget =
  | { provider: 'github'; target: GithubTarget; lineUrl?: (path: string, line: number) => string }
  | { provider: 'gitlab'; target: GitlabTarget; lineUrl?: (path: string, line: number) => string };

function required(env: NodeJS.ProcessEnv, name: string, why: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new UsageError(`comment: ${name} is not set (${why})`);
  return value;
}

function blobUrl(prefix: string, commit: string | undefined): ((path: string, line: number) => string) | undefined {
  if (commit === undefined) return undefined;
  return (path, line) => `${prefix}/${commit}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

interface GithubEvent {
  number?: number;
  pull_request?: { number?: number; head?: { sha?: string } };
  issue?: { number?: number };
  workflow_run?: { pull_requests?: { number?: number }[]; head_sha?: string };
}

async function githubTarget(env: NodeJS.ProcessEnv, delta: Delta, pr: number | undefined): Promise<CommentTarget> {
  const repository = required(env, 'GITHUB_REPOSITORY', 'owner/repo of the pull request; GitHub Actions sets it');
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new UsageError(`comment: GITHUB_REPOSITORY must be owner/repo, got "${repository}"`);
  let event: GithubEvent = {};
  if (pr === undefined) {
    const path = required(env, 'GITHUB_EVENT_PATH', 'the event of the workflow run, or give --pr <number>');
    event = JSON.parse(await readFile(path, 'utf8').catch(() => '{}')) as GithubEvent;
  }
  const number =
    pr ?? event.pull_request?.number ?? event.issue?.number ?? event.workflow_run?.pull_requests?.[0]?.number;
  if (number === undefined) {
    throw new UsageError(
      'comment: the GitHub event holds no pull request number (not a pull_request event?); give --pr <number>',
    );
  }
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token)
    throw new UsageError(
      'comment: GITHUB_TOKEN is not set (nor GH_TOKEN); pass the workflow token as env: { GITHUB_TOKEN: ${{ github.token }} }',
    );
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const head =
    delta.head.kind === 'git' ? delta.head.commit : (event.pull_request?.head?.sha ?? event.workflow_run?.head_sha);
  return {
    provider: 'github',
    target: { apiUrl: env.GITHUB_API_URL || 'https://api.github.com', owner, repo, issueNumber: number, token },
    lineUrl: blobUrl(`${server}/${owner}/${repo}/blob`, head),
  };
}

function gitlabTarget(env: NodeJS.ProcessEnv, delta: Delta, pr: number | undefined): CommentTarget {
  const apiUrl = required(env, 'CI_API_V4_URL', 'the GitLab API address; GitLab CI sets it');
  const projectId = required(env, 'CI_PROJECT_ID', 'the project; GitLab CI sets it');
  const iid =
    pr ??
    Number(
      required(
        env,
        'CI_MERGE_REQUEST_IID',
        'set only in merge request pipelines: add rules: - if: $CI_PIPELINE_SOURCE == "merge_request_event"',
      ),
    );
  const privateToken = env.GITLAB_TOKEN;
  const jobToken = env.CI_JOB_TOKEN;
  if (!privateToken && !jobToken)
    throw new UsageError(
      'comment: GITLAB_TOKEN is not set (a project access token with the api scope), nor CI_JOB_TOKEN',
    );
  const head = delta.head.kind === 'git' ? delta.head.commit : env.CI_COMMIT_SHA;
  return {
    provider: 'gitlab',
    target: {
      apiUrl,
      projectId,
      mergeRequestIid: iid,
      token: (privateToken || jobToken)!,
      tokenKind: privateToken ? 'private' : 'job',
    },
    lineUrl: env.CI_PROJECT_URL ? blobUrl(`${env.CI_PROJECT_URL.replace(/\/+$/, '')}/-/blob`, head) : undefined,
  };
}

/** Where to comment, from the CI environment; every missing piece is one line naming the variable. */
export async function commentTarget(
  io: CliIo,
  provider: 'github' | 'gitlab' | 'auto',
  delta: Delta,
  pr: number | undefined,
): Promise<CommentTarget> {
  const env = io.env;
  const chosen =
    provider !== 'auto'
      ? provider
      : env.GITHUB_ACTIONS === 'true' || env.GITHUB_EVENT_PATH
        ? 'github'
        : env.GITLAB_CI
          ? 'gitlab'
          : undefined;
  if (chosen === 'github') return githubTarget(env, delta, pr);
  if (chosen === 'gitlab') return gitlabTarget(env, delta, pr);
  throw new UsageError(
    'comment: no CI context found (neither GITHUB_ACTIONS nor GITLAB_CI is set); use --provider github|gitlab, or --dry-run to print the comment',
  );
}
