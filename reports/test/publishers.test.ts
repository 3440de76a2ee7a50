import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER, formatMarkdown } from '../src/index.js';
import {
  PublishError,
  publishGithubComment,
  publishGitlabNote,
  publishWebhook,
  writeStepSummary,
  type GithubTarget,
  type PublishTiming,
} from '../src/publishers/index.js';
import { startFakeForge, type FakeForge } from './fake-forge.js';
import { sampleDelta } from './sample-delta.js';

const TOKEN = 'ghp_SECRETtoken1234567890';
const fast: PublishTiming = { retryBaseMs: 10 };
let forge: FakeForge;
beforeEach(async () => {
  forge = await startFakeForge();
});
afterEach(async () => {
  await forge.close();
});

function github(): GithubTarget {
  return { apiUrl: forge.url, owner: 'acme', repo: 'shop', issueNumber: 42, token: TOKEN };
}

describe('GitHub sticky comment, through the real octokit client', () => {
  it('creates the comment on the first run and updates the same one on the second', async () => {
    forge.comments.push({ id: 7, body: 'a human comment' });
    const first = await publishGithubComment(github(), formatMarkdown(sampleDelta()), fast);
    expect(first).toEqual({ action: 'created', url: 'https://forge.test/c/100' });
    const second = await publishGithubComment(github(), `${COMMENT_MARKER}\nsecond`, fast);
    expect(second.action).toBe('updated');
    expect(forge.comments.map((c) => [c.id, c.body.split('\n')[1] ?? c.body])).toEqual([
      [7, 'a human comment'],
      [100, 'second'],
    ]);
    expect(forge.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'GET /repos/acme/shop/issues/42/comments',
      'POST /repos/acme/shop/issues/42/comments',
      'GET /repos/acme/shop/issues/42/comments',
      'PATCH /repos/acme/shop/issues/comments/100',
    ]);
    expect(forge.requests[0]!.headers.authorization).toBe(`token ${TOKEN}`);
  });

  it('retries a 502 and succeeds', async () => {
    forge.script.push({ status: 502 }, { status: 502 });
    const waits: string[] = [];
    await expect(
      publishGithubComment(github(), `${COMMENT_MARKER}\nx`, { ...fast, onWait: (n) => waits.push(n) }),
    ).resolves.toMatchObject({ action: 'created' });
    expect(forge.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it('turns 401 into a clear error that never holds the token', async () => {
    forge.script.push({ status: 401, body: { message: `Bad credentials for ${TOKEN}` } });
    const error = await publishGithubComment(github(), 'x', fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).kind).toBe('unauthorized');
    expect((error as PublishError).message).toBe(
      'GitHub rejected the token (401 Bad credentials): check GITHUB_TOKEN or GH_TOKEN',
    );
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(String((error as Error).stack)).not.toContain(TOKEN);
  });

  it("reports 403 without a rate limit as forbidden (a fork's read-only token)", async () => {
    forge.script.push({ status: 403, body: { message: 'Resource not accessible by integration' } });
    await expect(publishGithubComment(github(), 'x', fast)).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
  });

  it('waits for the rate limit reset and retries, within a bound, then gives up saying so', async () => {
    const reset = String(Math.floor(Date.now() / 1000));
    const limited = {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded' },
    };
    forge.script.push(limited);
    const waits: string[] = [];
    await expect(
      publishGithubComment(github(), `${COMMENT_MARKER}\nx`, { ...fast, onWait: (n) => waits.push(n) }),
    ).resolves.toMatchObject({ action: 'created' });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toMatch(/^GitHub primary rate limit: waiting [0-2] s \(retry 1 of 3\)$/);

    forge.script.push(limited, limited, limited, limited);
    await expect(publishGithubComment(github(), 'x', { ...fast, retries: 2 })).rejects.toMatchObject({
      kind: 'rate-limited',
    });
    const far = {
      ...limited,
      headers: { ...limited.headers, 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
    };
    forge.script.push(far);
    const started = Date.now();
    await expect(publishGithubComment(github(), 'x', fast)).rejects.toMatchObject({ kind: 'rate-limited' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('GitLab sticky note', () => {
  it('creates then updates one note, with the token in PRIVATE-TOKEN, and retries a 502', async () => {
    const target = {
      apiUrl: `${forge.url}/api/v4`,
      projectId: 'group/shop',
      mergeRequestIid: 5,
      token: 'glpat-SECRET',
      tokenKind: 'private' as const,
    };
    await expect(publishGitlabNote(target, `${COMMENT_MARKER}\none`, fast)).resolves.toEqual({ action: 'created' });
    forge.script.push({ status: 502 });
    await expect(publishGitlabNote(target, `${COMMENT_MARKER}\ntwo`, fast)).resolves.toEqual({ action: 'updated' });
    expect(forge.comments).toEqual([{ id: 100, body: `${COMMENT_MARKER}\ntwo` }]);
    expect(forge.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'GET /api/v4/projects/group%2Fshop/merge_requests/5/notes',
      'POST /api/v4/projects/group%2Fshop/merge_requests/5/notes',
      'GET /api/v4/projects/group%2Fshop/merge_requests/5/notes',
      'GET /api/v4/projects/group%2Fshop/merge_requests/5/notes',
      'PUT /api/v4/projects/group%2Fshop/merge_requests/5/notes/100',
    ]);
    expect(forge.requests[0]!.headers['private-token']).toBe('glpat-SECRET');
    forge.script.push({ status: 401 });
    await expect(publishGitlabNote(target, 'x', fast)).rejects.toThrow(
      'GitLab rejected the token (401 Unauthorized): check GITLAB_TOKEN',
    );
  });
});

describe('chat webhook and step summary', () => {
  it('posts {text} to the webhook and names only the host when it fails', async () => {
    await publishWebhook(`${forge.url}/hook`, 'hello', fast);
    expect(JSON.parse(forge.requests[0]!.body)).toEqual({ text: 'hello' });
    const error = await publishWebhook(`${forge.url}/hooks/T0/B0/SECRETPART`, 'x', fast).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      `webhook at ${new URL(forge.url).host} refused the message (404); check the webhook URL`,
    );
  });

  it('appends to the job summary file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'upkeep-summary-')), 'summary.md');
    await writeStepSummary(file, 'one');
    await writeStepSummary(file, 'two\n');
    expect(readFileSync(file, 'utf8')).toBe('one\ntwo\n');
  });
});
