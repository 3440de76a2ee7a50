import type { Message } from '../model.js';
import { isChangedLine, mapOldLine } from './lines.js';
import type { Hunk, IntroducedMessage } from './model.js';

export interface MessageMatch {
  introduced: IntroducedMessage[];
  fixed: Message[];
}

/**
 * What makes two messages the same finding: the rule and its text (which names the identifier),
 * with numbers that stand alone normalized: `'x' is already declared on line 4489` and `… line 4490`,
 * `too many local names (173/15)` and `(174/15)` are one finding whose numbers moved. Digits inside
 * a name (`v1`, `x2y`) are part of the name and kept.
 */
export function messageKey(message: Pick<Message, 'ruleId' | 'message'>): string {
  return `${message.ruleId}\u0000${message.message.replace(/(?<![\w$.])\d+(?:\.\d+)?(?![\w$])/g, '#')}`;
}

const keyOf = messageKey;

/**
 * Pairs the messages of a module before and after a change so that code that only moved is not
 * reported as new. A base message first matches a head message with the same rule and text on the
 * line the diff maps it to; the rest of each rule-and-text group are paired by nearest line,
 * head messages on unchanged lines first, so what is left over (new) prefers the changed lines.
 * `hunks` undefined means every line of the head is new (an added module).
 */
export function matchMessages(
  before: readonly Message[],
  after: readonly Message[],
  hunks: readonly Hunk[] | undefined,
): MessageMatch {
  const changed = (line: number): boolean => (hunks === undefined ? true : isChangedLine(hunks, line));
  const mapped = (line: number): number | undefined => (hunks === undefined ? undefined : mapOldLine(hunks, line));
  const unmatchedBefore = new Map<string, Message[]>();
  for (const message of before) {
    const group = unmatchedBefore.get(keyOf(message)) ?? [];
    group.push(message);
    unmatchedBefore.set(keyOf(message), group);
  }
  const take = (group: Message[], index: number): void => void group.splice(index, 1);

  const rest: Message[] = [];
  for (const message of after) {
    const group = unmatchedBefore.get(keyOf(message)) ?? [];
    const exact = group.findIndex((old) => mapped(old.line) === message.line);
    if (exact >= 0) take(group, exact);
    else rest.push(message);
  }

  const ordered = [...rest].sort(
    (a, b) => Number(changed(a.line)) - Number(changed(b.line)) || a.line - b.line || a.column - b.column,
  );
  const introducedSet = new Set<Message>();
  for (const message of ordered) {
    const group = unmatchedBefore.get(keyOf(message)) ?? [];
    if (group.length === 0) {
      introducedSet.add(message);
      continue;
    }
    let best = 0;
    let bestDistance = Infinity;
    group.forEach((old, index) => {
      const distance = Math.abs((mapped(old.line) ?? old.line) - message.line);
      if (distance < bestDistance) [best, bestDistance] = [index, distance];
    });
    take(group, best);
  }
  const introduced = after
    .filter((message) => introducedSet.has(message))
    .map((message) => ({ ...message, onChangedLine: changed(message.line) }));
  const fixed = before.filter((message) => unmatchedBefore.get(keyOf(message))?.includes(message));
  return { introduced, fixed };
}
