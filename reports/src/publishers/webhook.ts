import { fetchWithRetry } from './fetch-retry.js';
import { PublishError, type PublishTiming } from './publish-error.js';

/** Where a webhook goes, for messages: the host only, since the rest of the URL is the secret. */
export function webhookHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the webhook';
  }
}

/** Posts a short text to a Slack or Mattermost incoming webhook (both take `{"text": …}`). */
export async function publishWebhook(url: string, text: string, timing: PublishTiming = {}): Promise<void> {
  const host = webhookHost(url);
  const response = await fetchWithRetry(
    url,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) },
    `webhook at ${host}`,
    timing,
  );
  if (!response.ok) {
    const kind =
      response.status === 401 || response.status === 403
        ? 'unauthorized'
        : response.status === 404
          ? 'not-found'
          : 'failed';
    throw new PublishError(
      kind,
      `webhook at ${host} refused the message (${response.status}); check the webhook URL`,
      response.status,
    );
  }
}
