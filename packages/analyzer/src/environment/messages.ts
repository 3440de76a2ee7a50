/**
 * What an engine's messages mean once the environment is known: ESLint's complaint that it no
 * longer reads `/* eslint-env *\/` (upkeep does), and, in scripts sharing one global scope, a
 * shared name declared in the file itself (not a redeclared built-in) or used by another script
 * (not unused). Applied by every engine to its raw messages.
 */
import type { RawMessage } from '../lint/lint-spec.js';
import type { FileEnvironment } from './types.js';

const ESLINT_ENV_REMARK = /^\/\* eslint-env \*\/ comments are no longer (?:supported|recognized)/;
const UNUSED_RULES = new Set(['no-unused-vars', '@typescript-eslint/no-unused-vars']);
const REDECLARE_RULES = new Set(['no-redeclare', '@typescript-eslint/no-redeclare']);
const QUOTED_NAME = /^'([^']+)'/;

export function adjustMessages(messages: readonly RawMessage[], env: FileEnvironment | undefined): RawMessage[] {
  const scope = env?.scriptScope;
  const declared = scope ? new Set(scope.declared) : undefined;
  const usedAcross = scope ? new Set(scope.usedAcross) : undefined;
  return messages.filter((message) => {
    if (message.ruleId === null) return !ESLINT_ENV_REMARK.test(message.message);
    if (!scope) return true;
    const name = QUOTED_NAME.exec(message.message)?.[1];
    if (name === undefined) return true;
    if (REDECLARE_RULES.has(message.ruleId) && message.messageId === 'redeclaredAsBuiltin') return !declared!.has(name);
    if (UNUSED_RULES.has(message.ruleId)) return !usedAcross!.has(name);
    return true;
  });
}
