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

/** `/* eslint no-undef: "off", quotes: 0 *\/`: a file's own configuration comment. */
const CONFIG_COMMENT = /\/\*\s*eslint\s+([^*]*?)\*\//g;
const RULE_OFF = /([@\w/-]+)\s*:\s*\[?\s*(?:"off"|'off'|off|0)\s*(?=[,\]]|$)/g;

/**
 * The rules a file turns off for itself with configuration comments (`/* eslint no-undef: "off" *\/`).
 * ESLint honours them; an engine that does not (oxlint) drops those rules' messages with this.
 */
export function rulesTurnedOff(text: string): Set<string> {
  const off = new Set<string>();
  if (!/\/\*\s*eslint\s/.test(text)) return off;
  for (const comment of text.matchAll(CONFIG_COMMENT))
    for (const rule of comment[1]!.trim().matchAll(RULE_OFF)) off.add(rule[1]!);
  return off;
}

/**
 * The messages of one file once its environment is known (see the module comment); `text`, when
 * given, also drops the messages of rules the file turns off with a configuration comment.
 */
export function adjustMessages(
  messages: readonly RawMessage[],
  env: FileEnvironment | undefined,
  text?: string,
): RawMessage[] {
  const off = text === undefined ? undefined : rulesTurnedOff(text);
  if (off && off.size > 0) messages = messages.filter((message) => message.ruleId === null || !off.has(message.ruleId));
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
