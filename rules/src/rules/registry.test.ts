import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { categoryOf } from '../categories.js';
import { ruleDocsUrl } from '../utils/create-rule.js';
import { RULES } from './index.js';

const rulesDir = fileURLToPath(new URL('.', import.meta.url));
const folders = readdirSync(rulesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('the rule registry', () => {
  it('has one rule per folder, named by the folder', () => {
    expect(Object.keys(RULES).sort()).toEqual(folders);
  });

  it.each(folders)('%s has its source, tests and doc page, and a category', (ruleId) => {
    for (const suffix of ['.ts', '.test.ts', '.md'])
      expect(existsSync(`${rulesDir}${ruleId}/${ruleId}${suffix}`)).toBe(true);
    expect(categoryOf(`@upkeep/${ruleId}`)).toMatch(/^[EWRC]$/);
  });
});

describe('the rule docs', () => {
  it.each(folders)('%s: the doc page states meta.docs.description and the url points to it', (ruleId) => {
    const meta = RULES[ruleId]!.meta!;
    const page = readFileSync(`${rulesDir}${ruleId}/${ruleId}.md`, 'utf8');
    const [title, , description] = page.split('\n');
    expect(title).toBe(`# ${ruleId}`);
    expect(description).toBe(`${meta.docs?.description}.`);
    expect(meta.docs?.url).toBe(ruleDocsUrl(ruleId));
    expect(existsSync(fileURLToPath(meta.docs!.url!))).toBe(true);
    for (const section of ['## What it checks, and why', '## Options', '## Incorrect', '## Correct'])
      expect(page).toContain(section);
    expect(Array.isArray(meta.schema) && meta.schema.length > 0).toBe(true);
    expect(Object.keys(meta.messages ?? {}).length).toBeGreaterThan(0);
  });
});
