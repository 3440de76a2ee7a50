// docs/scoring.md promises users that its formulas work and shows an error exactly as upkeep
// prints it; this keeps both true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUpkeepConfig } from './config/parse.js';
import { evaluate } from './evaluation/evaluate.js';
import { parseEvaluation } from './evaluation/parse.js';
import { emptyCounts } from './scoring/counts.js';

const scoringDoc = readFileSync(new URL('../../../docs/scoring.md', import.meta.url), 'utf8');

describe('docs/scoring.md', () => {
  it('shows only formulas that parse', () => {
    const formulas = [...scoringDoc.matchAll(/"evaluation": "([^"]+)"/g)].map((match) => match[1] as string);
    expect(formulas).toHaveLength(4);
    for (const formula of formulas) expect(parseEvaluation(formula).ok, formula).toBe(true);
  });

  it('computes its examples of a fatal message counted like an error and of a guarded division', () => {
    const vars = { ...emptyCounts(), statement: 100 };
    const fatalAsError = parseEvaluation(
      'max(0, 10 - ((5 * (error + fatal) + warning + refactor + convention) / statement) * 10)',
    );
    const guarded = parseEvaluation('10 if error == 0 else 10 - 10 / error');
    if (!fatalAsError.ok || !guarded.ok) throw new Error('the examples do not parse');
    expect(evaluate(fatalAsError.expression, { ...vars, fatal: 1 })).toBe(9.5);
    expect(evaluate(guarded.expression, vars)).toBe(10);
    expect(evaluate(guarded.expression, { ...vars, error: 2 })).toBe(5);
  });

  it('shows a formula error exactly as upkeep reports it', () => {
    const shown = /```\n(upkeep\.config\.json: "evaluation": [^`]*)```/.exec(scoringDoc)?.[1];
    const result = parseUpkeepConfig({ evaluation: '10 - (errors / statement) * 10' }, 'upkeep.config.json');
    expect(result.ok ? [] : result.errors.map((error) => `${error}\n`)).toEqual([shown]);
  });
});
