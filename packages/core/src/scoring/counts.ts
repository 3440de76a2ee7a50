import { CATEGORY_COUNT_KEY, type CategoryCounts, type Message } from '../model.js';

export function emptyCounts(): CategoryCounts {
  return { fatal: 0, error: 0, warning: 0, refactor: 0, convention: 0, info: 0 };
}

export function addCounts(a: CategoryCounts, b: CategoryCounts): CategoryCounts {
  return {
    fatal: a.fatal + b.fatal,
    error: a.error + b.error,
    warning: a.warning + b.warning,
    refactor: a.refactor + b.refactor,
    convention: a.convention + b.convention,
    info: a.info + b.info,
  };
}

export function countMessages(messages: readonly Message[]): CategoryCounts {
  const counts = emptyCounts();
  for (const message of messages) counts[CATEGORY_COUNT_KEY[message.category]] += 1;
  return counts;
}
