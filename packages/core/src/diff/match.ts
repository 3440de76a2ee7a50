import type { Message } from '../model.js';
import { isChangedLine, mapOldLine, nearestNewLine } from './lines.js';
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

/** Past this many candidate pairs in one rule-and-text group, the rest pair in line order (a module with thousands of one message). */
const MAX_PAIRS = 250_000;

/**
 * Pairs the messages of a module before and after a change so that code that only moved is not
 * reported as new. A base message first matches a head message with the same rule and text on the
 * line the diff maps it to; the rest of each rule-and-text group are paired by nearest line (a
 * rewritten base line counts where its hunk put the new lines), closest pairs first and head
 * messages on unchanged lines before those on changed ones, so what is left over (new) is the
 * message farthest from any it could be, on the changed lines.
 * `hunks` undefined means every line of the head is new (an added module).
 */
export function matchMessages(
  before: readonly Message[],
  after: readonly Message[],
  hunks: readonly Hunk[] | undefined,
): MessageMatch {
  const changed = (line: number): boolean => (hunks === undefined ? true : isChangedLine(hunks, line));
  const mapped = (line: number): number | undefined => (hunks === undefined ? undefined : mapOldLine(hunks, line));
  const nearest = (line: number): number => (hunks === undefined ? line : nearestNewLine(hunks, line));
  const unmatchedBefore = new Map<string, Message[]>();
  for (const message of before) {
    const group = unmatchedBefore.get(keyOf(message)) ?? [];
    group.push(message);
    unmatchedBefore.set(keyOf(message), group);
  }

  const rest = new Map<string, Message[]>();
  for (const message of after) {
    const group = unmatchedBefore.get(keyOf(message)) ?? [];
    const exact = group.findIndex((old) => mapped(old.line) === message.line);
    if (exact >= 0) group.splice(exact, 1);
    else rest.set(keyOf(message), [...(rest.get(keyOf(message)) ?? []), message]);
  }

  const introducedSet = new Set<Message>();
  for (const [key, heads] of rest) {
    const olds = unmatchedBefore.get(key) ?? [];
    const paired = pairByDistance(heads, olds, changed, nearest);
    for (const head of heads) if (!paired.heads.has(head)) introducedSet.add(head);
    unmatchedBefore.set(
      key,
      olds.filter((old) => !paired.olds.has(old)),
    );
  }
  const introduced = after
    .filter((message) => introducedSet.has(message))
    .map((message) => ({ ...message, onChangedLine: changed(message.line) }));
  const fixed = before.filter((message) => unmatchedBefore.get(keyOf(message))?.includes(message));
  return { introduced, fixed };
}

/**
 * Pairs head and base messages of one group: every candidate pair ordered by whether the head line
 * is changed (unchanged first), then by distance, then by position; each message in one pair at most.
 */
function pairByDistance(
  heads: readonly Message[],
  olds: readonly Message[],
  changed: (line: number) => boolean,
  nearest: (line: number) => number,
): { heads: Set<Message>; olds: Set<Message> } {
  const pairedHeads = new Set<Message>();
  const pairedOlds = new Set<Message>();
  if (olds.length === 0) return { heads: pairedHeads, olds: pairedOlds };
  const byPosition = (a: Message, b: Message): number => a.line - b.line || a.column - b.column;
  if (heads.length * olds.length > MAX_PAIRS) {
    const sortedHeads = [...heads].sort(
      (a, b) => Number(changed(a.line)) - Number(changed(b.line)) || byPosition(a, b),
    );
    const sortedOlds = [...olds].sort(byPosition);
    sortedHeads.slice(0, sortedOlds.length).forEach((head, index) => {
      pairedHeads.add(head);
      pairedOlds.add(sortedOlds[index]!);
    });
    return { heads: pairedHeads, olds: pairedOlds };
  }
  const pairs: Array<{ head: Message; old: Message; distance: number; changed: number; order: number }> = [];
  olds.forEach((old, order) => {
    const at = nearest(old.line);
    for (const head of heads)
      pairs.push({ head, old, distance: Math.abs(at - head.line), changed: Number(changed(head.line)), order });
  });
  pairs.sort(
    (a, b) => a.changed - b.changed || a.distance - b.distance || byPosition(a.head, b.head) || a.order - b.order,
  );
  for (const { head, old } of pairs) {
    if (pairedHeads.has(head) || pairedOlds.has(old)) continue;
    pairedHeads.add(head);
    pairedOlds.add(old);
  }
  return { heads: pairedHeads, olds: pairedOlds };
}
