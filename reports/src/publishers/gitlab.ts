import { COMMENT_MARKER } from '../reporters/markdown.js';
import { fetchWithRetry } from './fetch-retry.js';
import { PublishError, type PublishTiming } from './publish-error.js';
import type { PublishOutcome } from './github.js';

export interface GitlabTarget {
  /** CI_API_V4_URL, e.g. https://gitlab.com/api/v4 */
  apiUrl: string;
  /** CI_PROJECT_ID (a number or a full path) */
  projectId: string;
  /** CI_MERGE_REQUEST_IID */
  mergeRequestIid: number;
  token: string;
  /** a CI_JOB_TOKEN goes in JOB-TOKEN, a personal or project access token in PRIVATE-TOKEN */
  tokenKind: 'private' | 'job';
}

interface Note {
  id: number;
  body: string;
}

function explain(status: number, target: GitlabTarget): PublishError {
  const where = `merge request !${target.mergeRequestIid} of project ${target.projectId}`;
  if (status === 401)
    return new PublishError('unauthorized', 'GitLab rejected the token (401 Unauthorized): check GITLAB_TOKEN', 401);
  if (status === 403) return new PublishError('forbidden', `the token may not comment on ${where} (403)`, 403);
  if (status === 404) return new PublishError('not-found', `${where} not found, or the token cannot see it (404)`, 404);
  if (status === 429)
    return new PublishError('rate-limited', `GitLab rate limit reached while commenting on ${where}`, 429);
  return new PublishError('failed', `GitLab request failed (${status}) while commenting on ${where}`, status);
}

/** Posts the markdown as one sticky merge request note, found again by the hidden marker and updated in place. */
export async function publishGitlabNote(
  target: GitlabTarget,
  body: string,
  timing: PublishTiming = {},
): Promise<PublishOutcome> {
  const base = `${target.apiUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(target.projectId)}/merge_requests/${target.mergeRequestIid}/notes`;
  const headers = {
    [target.tokenKind === 'job' ? 'JOB-TOKEN' : 'PRIVATE-TOKEN']: target.token,
    'content-type': 'application/json',
  };
  const call = async (url: string, init: RequestInit): Promise<Response> => {
    const response = await fetchWithRetry(url, { ...init, headers }, 'GitLab', timing);
    if (!response.ok) throw explain(response.status, target);
    return response;
  };
  let existing: Note | undefined;
  for (let page = '1'; page !== '' && existing === undefined;) {
    const response = await call(`${base}?per_page=100&sort=asc&page=${page}`, { method: 'GET' });
    const notes = (await response.json()) as Note[];
    existing = notes.find((note) => note.body.startsWith(COMMENT_MARKER));
    page = response.headers.get('x-next-page') ?? '';
  }
  if (existing) {
    await call(`${base}/${existing.id}`, { method: 'PUT', body: JSON.stringify({ body }) });
    return { action: 'updated' };
  }
  await call(base, { method: 'POST', body: JSON.stringify({ body }) });
  return { action: 'created' };
}
