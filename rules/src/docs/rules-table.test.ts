import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_CATEGORIES } from '../categories.js';
import { TABLE_END, TABLE_START, renderRulesTable, replaceRulesTable } from './rules-table.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README rules table', () => {
  it('is up to date (else run: pnpm exec tsc -b rules && node rules/scripts/generate-readme-table.mjs)', async () => {
    expect(replaceRulesTable(readme, await renderRulesTable())).toBe(readme);
  });

  it('has one row per categorised rule', async () => {
    const rows = (await renderRulesTable()).split('\n').slice(2);
    expect(rows).toHaveLength(Object.keys(RULE_CATEGORIES).length);
    expect(rows.filter((row) => row.startsWith('| [`no-undef`]'))).toEqual([
      '| [`no-undef`](https://eslint.org/docs/latest/rules/no-undef) | eslint | E | E0602 undefined-variable | ✓ |  |  | ✓ |  |',
    ]);
    expect(rows.filter((row) => row.includes('/no-floating-promises)'))).toEqual([
      '| [`@typescript-eslint/no-floating-promises`](https://typescript-eslint.io/rules/no-floating-promises) | typescript-eslint | W |  |  |  | ✓ | ✓ |  |',
    ]);
    expect(rows.filter((row) => row.includes('`@upkeep/too-many-branches`'))).toEqual([
      '| [`@upkeep/too-many-branches`](src/rules/too-many-branches/too-many-branches.md) | @upkeep/eslint-plugin | R | R0912 too-many-branches | ✓ | ✓ | ✓ | ✓ |  |',
    ]);
    expect(rows.filter((row) => row.includes('`max-params`'))).toEqual([
      '| [`max-params`](https://eslint.org/docs/latest/rules/max-params) | eslint | R | R0913 too-many-arguments | ✓ | ✓ | ✓ | ✓ | `{"max":5,"countThis":"never"}` |',
    ]);
  });

  it('replaces only the text between the markers', () => {
    const text = `intro\n${TABLE_START}\nold\n${TABLE_END}\noutro\n`;
    expect(replaceRulesTable(text, 'new')).toBe(`intro\n${TABLE_START}\nnew\n${TABLE_END}\noutro\n`);
    expect(() => replaceRulesTable('no markers', 'new')).toThrow(/needs the markers/);
  });
});
