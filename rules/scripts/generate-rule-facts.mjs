#!/usr/bin/env node
// Writes src/rules/facts.generated.ts from the `meta.docs` of upkeep's rules (category, pylint
// message, note, preset), from the built package: run `pnpm exec tsc -b rules` first. The facts
// test (src/rules/facts.test.ts) fails when the file and the metadata differ.
import { writeFileSync } from 'node:fs';
import { RULES } from '../dist/rules/index.js';

const facts = {};
for (const [id, rule] of Object.entries(RULES).sort(([a], [b]) => a.localeCompare(b))) {
  const { category, pylint, note, preset } = rule.meta.docs;
  facts[id] = pylint === undefined ? { category, note, preset } : { category, pylint, note, preset };
}
const body = Object.entries(facts)
  .map(([id, fact]) => `  '${id}': ${JSON.stringify(fact)},`)
  .join('\n');
const source = `// Generated from each rule's meta.docs by rules/scripts/generate-rule-facts.mjs: do not edit.
// A light module on purpose: the scorer reads categories without loading the rules.
import type { UpkeepRuleDocs } from '../utils/create-rule.js';

export type RuleFacts = Pick<UpkeepRuleDocs, 'category' | 'pylint' | 'note' | 'preset'>;

/** upkeep's own rules by id (without the \`@upkeep/\` prefix). */
export const RULE_FACTS: Readonly<Record<string, RuleFacts>> = {
${body}
};
`;
writeFileSync(new URL('../src/rules/facts.generated.ts', import.meta.url), source);
process.stdout.write(`rules/src/rules/facts.generated.ts: ${Object.keys(facts).length} rules\n`);
