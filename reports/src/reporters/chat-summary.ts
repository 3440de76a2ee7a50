import { formatDelta, formatScore, type Delta } from '@upkeep/core';
import { byWorstRegression, introducedMessages, fixedMessages, plural } from './delta-order.js';

/** Slack and Mattermost both read &, < and > as markup: the three are escaped as Slack documents. */
function escapeChat(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A few lines for a chat channel: the total before and after, the gate verdict, the new and fixed
 * message counts and the worst regression, with a link to the pull request when there is one.
 */
export function formatChatSummary(delta: Delta, options: { title?: string; link?: string } = {}): string {
  const { before, after } = delta.total;
  const gate = delta.gate === undefined ? '' : delta.gate.passed ? ' · gate passed' : ' · gate FAILED';
  const title = options.title === undefined ? '' : ` ${escapeChat(options.title)}`;
  const lines = [
    `upkeep${title}: ${formatScore(before.score)}/10 → ${formatScore(after.score)}/10 (${formatDelta(before.score, after.score)})${gate}`,
  ];
  const onChanged = introducedMessages(delta).filter(({ message }) => message.onChangedLine).length;
  lines.push(
    `${plural(delta.modules.length, 'changed module')} · ${plural(onChanged, 'new message')} on changed lines · ${fixedMessages(delta).length} fixed`,
  );
  const worst = byWorstRegression(delta.modules)[0];
  if (worst !== undefined && worst.delta !== null && worst.delta < 0) {
    lines.push(
      `worst: ${escapeChat(worst.path)} ${formatDelta(worst.before?.score ?? null, worst.after?.score ?? null)}`,
    );
  }
  for (const failure of delta.gate?.failures ?? []) lines.push(`✗ ${escapeChat(failure.message)}`);
  if (options.link !== undefined) lines.push(options.link);
  return lines.join('\n');
}
