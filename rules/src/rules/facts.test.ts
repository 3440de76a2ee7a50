import { describe, expect, it } from 'vitest';
import type { UpkeepRuleDocs } from '../utils/create-rule.js';
import { RULE_FACTS } from './facts.generated.js';
import { RULES } from './index.js';

describe('rule facts (category, pylint message, note, preset)', () => {
  it('facts.generated.ts is what the rules say in meta.docs (else run: pnpm exec tsc -b rules && node rules/scripts/generate-rule-facts.mjs)', () => {
    const fromMeta = Object.fromEntries(
      Object.entries(RULES).map(([id, rule]) => {
        const { category, pylint, note, preset } = rule.meta!.docs as unknown as UpkeepRuleDocs;
        return [id, pylint === undefined ? { category, note, preset } : { category, pylint, note, preset }];
      }),
    );
    expect(RULE_FACTS).toEqual(fromMeta);
  });

  it('every rule states a category and a preset in its meta.docs', () => {
    for (const rule of Object.values(RULES)) {
      const docs = rule.meta!.docs as unknown as UpkeepRuleDocs;
      expect(docs.category).toMatch(/^[EWRC]$/);
      expect(['recommended', 'strict']).toContain(docs.preset);
      expect(docs.note.length).toBeGreaterThan(0);
      if (docs.pylint !== undefined) expect(docs.pylint).toMatch(/^[CRWEFI]\d{4} [a-z-]+$/);
    }
  });
});
