export type PublishErrorKind = 'unauthorized' | 'forbidden' | 'not-found' | 'rate-limited' | 'failed';

/** A publication that did not happen, with a message safe to print: it never holds a token or a secret URL. */
export class PublishError extends Error {
  override readonly name = 'PublishError';
  constructor(
    readonly kind: PublishErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Replaces every secret (tokens, webhook URLs) found in a text, so no error or log line can leak one. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets)
    if (secret !== undefined && secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out;
}

/** Bounds on waiting for a forge: retries of server errors and rate limits, and the longest single wait. */
export interface PublishTiming {
  /** retries of a 5xx answer or a network error (default 3) */
  retries?: number;
  /** milliseconds of the first back-off; it grows as (attempt + 1)² (default 1000) */
  retryBaseMs?: number;
  /** the longest rate-limit wait accepted, in seconds (default 60); longer means give up and say so */
  maxRateLimitWaitSeconds?: number;
  /** told about every wait, so the user sees why the run pauses */
  onWait?: (notice: string) => void;
}
