import type { Delta, IntroducedMessage, Message, ModuleDelta } from '@upkeep/core';

/** Worst regressions first: by score change, then modules without one (added, deleted), then by path. */
export function byWorstRegression(modules: readonly ModuleDelta[]): ModuleDelta[] {
  const key = (module: ModuleDelta): number => module.delta ?? Number.POSITIVE_INFINITY;
  return [...modules].sort((a, b) => key(a) - key(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface Located<M extends Message> {
  path: string;
  message: M;
}

export function introducedMessages(delta: Delta): Located<IntroducedMessage>[] {
  return delta.modules.flatMap((module) => module.introduced.map((message) => ({ path: module.path, message })));
}

export function fixedMessages(delta: Delta): Located<Message>[] {
  return delta.modules.flatMap((module) =>
    module.fixed.map((message) => ({ path: module.previousPath ?? module.path, message })),
  );
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
