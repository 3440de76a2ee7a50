#!/usr/bin/env node
// Rewrites the rules table of rules/README.md from the built package (run `pnpm exec tsc -b rules` first).
import { readFileSync, writeFileSync } from 'node:fs';
import { renderRulesTable, replaceRulesTable } from '../dist/docs/rules-table.js';

const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');
const updated = replaceRulesTable(readme, await renderRulesTable());
if (updated === readme) {
  process.stdout.write('rules/README.md: rules table already up to date\n');
} else {
  writeFileSync(readmeUrl, updated);
  process.stdout.write('rules/README.md: rules table rewritten\n');
}
