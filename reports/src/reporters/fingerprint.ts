import { createHash } from 'node:crypto';
import { messageKey, type IntroducedMessage } from '@upkeep/core';
import { introducedMessages, type Located } from './delta-order.js';
import type { Delta } from '@upkeep/core';

export interface Fingerprinted {
  path: string;
  message: IntroducedMessage;
  /** stable across pushes that only move the code: path, rule, text (numbers normalized, as the diff matches them) and the occurrence among equals, not the line */
  fingerprint: string;
}

/** The introduced messages of a Delta with a fingerprint each, as code scanning and GitLab track findings by it. */
export function fingerprintedMessages(delta: Delta): Fingerprinted[] {
  const seen = new Map<string, number>();
  return introducedMessages(delta).map(({ path, message }: Located<IntroducedMessage>) => {
    const identity = `${path}\u0000${messageKey(message)}`;
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return { path, message, fingerprint: createHash('sha256').update(`${identity}\u0000${occurrence}`).digest('hex') };
  });
}
