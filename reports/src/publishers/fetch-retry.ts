import { PublishError, type PublishTiming } from './publish-error.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * fetch with bounded retries: a network error or a 5xx answer is retried with a growing back-off, a
 * 429 after its Retry-After when that is within the bound. `what` names the target in notices and
 * errors, never the URL itself, which may hold a secret.
 */
export async function fetchWithRetry(
  url: string,
  init: RequestInit,
  what: string,
  timing: PublishTiming = {},
): Promise<Response> {
  const retries = timing.retries ?? 3;
  const base = timing.retryBaseMs ?? 1000;
  const maxWait = timing.maxRateLimitWaitSeconds ?? 60;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, init);
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? 'network error';
      if (attempt >= retries)
        throw new PublishError('failed', `${what}: cannot connect (${cause}) after ${attempt + 1} attempts`);
      timing.onWait?.(`${what}: ${cause}, retrying (${attempt + 1} of ${retries})`);
      await sleep((attempt + 1) ** 2 * base);
      continue;
    }
    if (response.status === 429) {
      const wait = Number(response.headers.get('retry-after') ?? '1') || 1;
      if (attempt >= retries || wait > maxWait) {
        throw new PublishError(
          'rate-limited',
          `${what}: rate limited (429); gave up after ${attempt + 1} attempts (asked to wait ${wait} s)`,
          429,
        );
      }
      timing.onWait?.(`${what}: rate limited, waiting ${wait} s (retry ${attempt + 1} of ${retries})`);
      await sleep(wait * base);
      continue;
    }
    if (response.status >= 500 && attempt < retries) {
      timing.onWait?.(`${what}: server error ${response.status}, retrying (${attempt + 1} of ${retries})`);
      await sleep((attempt + 1) ** 2 * base);
      continue;
    }
    return response;
  }
}
