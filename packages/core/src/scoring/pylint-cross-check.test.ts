// Compares upkeep's scores with what real pylint counted and printed for scripts/pylint/samples/
// (regenerate with scripts/pylint/make-fixture.sh). pylint only supplies the counts here; the
// formula, the aggregation and the printing are upkeep's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { gitBlobHash } from '../__testfixtures__/modules.js';
import { aggregate } from '../aggregate/aggregate.js';
import { DEFAULT_EVALUATION_EXPRESSION } from '../evaluation/default.js';
import { parseEvaluation } from '../evaluation/parse.js';
import { formatScore } from '../format/score.js';
import { CATEGORY_COUNT_KEY, type Category, type ModuleResult } from '../model.js';
import { CategoryCountsSchema } from '../report/schema.js';
import { addCounts, emptyCounts } from './counts.js';
import { scoreOf } from './score.js';

const Run = z.object({
  statements: z.number(),
  counts: CategoryCountsSchema,
  /** "C0103 invalid-name": the first letter of the id is the category */
  messages: z.array(z.string()),
  rating: z.string().nullable(),
});
const Fixture = z.object({
  pylint: z.string(),
  modules: z.array(Run.extend({ file: z.string() })),
  total: Run.extend({ files: z.array(z.string()) }),
});

const fixture = Fixture.parse(
  JSON.parse(readFileSync(new URL('../__fixtures__/pylint-scores.json', import.meta.url), 'utf8')),
);

function isSyntaxError(message: string): boolean {
  return message.endsWith(' syntax-error');
}

/** A module as upkeep's analyzer reports it: a file that does not parse scores 0. */
function asModuleResult(module: (typeof fixture.modules)[number]): ModuleResult {
  const parseable = !module.messages.some(isSyntaxError);
  return {
    path: `samples/${module.file}`,
    blob: gitBlobHash(module.file),
    statements: module.statements,
    counts: module.counts,
    score: parseable ? scoreOf(module.counts, module.statements, DEFAULT_EVALUATION_EXPRESSION) : 0,
    parseable,
    messages: [],
  };
}

describe(`scores agree with pylint ${fixture.pylint}`, () => {
  it('covers a clean module, a clamped one, a rounding tie, informational messages and a syntax error', () => {
    const ratings = fixture.modules.map((module) => module.rating);
    expect(ratings).toContain('10.00');
    expect(ratings).toContain('0.00');
    expect(fixture.modules.some((module) => module.counts.info > 0 && module.rating === '10.00')).toBe(true);
    expect(fixture.modules.some((module) => module.messages.some(isSyntaxError) && module.rating === null)).toBe(true);
    // a score exactly halfway between two hundredths
    const ties = fixture.modules.map((module) =>
      scoreOf(module.counts, module.statements, DEFAULT_EVALUATION_EXPRESSION),
    );
    expect(ties.some((score) => score !== null && Number.isInteger(score * 1000) && (score * 1000) % 10 === 5)).toBe(
      true,
    );
  });

  it('counts are the tally of the messages by category', () => {
    for (const run of [...fixture.modules, fixture.total]) {
      const tally = emptyCounts();
      for (const message of run.messages) tally[CATEGORY_COUNT_KEY[message[0] as Category]] += 1;
      expect(tally, run.messages.join(', ')).toEqual(run.counts);
    }
  });

  it.each(fixture.modules.map((module) => [module.file, module] as const))('module %s', (_file, module) => {
    const score = scoreOf(module.counts, module.statements, DEFAULT_EVALUATION_EXPRESSION);
    if (module.rating === null) {
      // pylint rates nothing without statements; upkeep says "n/a"
      expect(module.statements).toBe(0);
      expect(score).toBeNull();
    } else {
      expect(formatScore(score)).toBe(module.rating);
    }
  });

  it("gives pylint's printed total from the summed counts and statements, syntax errors included", () => {
    const summed = fixture.modules.reduce((sum, module) => addCounts(sum, module.counts), emptyCounts());
    expect(summed).toEqual(fixture.total.counts);
    expect(fixture.modules.reduce((sum, module) => sum + module.statements, 0)).toBe(fixture.total.statements);
    const { total } = aggregate(fixture.modules.map(asModuleResult), DEFAULT_EVALUATION_EXPRESSION);
    expect(total.counts).toEqual(fixture.total.counts);
    expect(total.statements).toBe(fixture.total.statements);
    expect(formatScore(total.score)).toBe(fixture.total.rating);
  });

  it("gives the same ratings with pylint's own spelling of the default formula", () => {
    const parsed = parseEvaluation(
      'max(0, 0 if fatal else 10.0 - ((float(5 * error + warning + refactor + convention) / statement) * 10))',
    );
    if (!parsed.ok) throw new Error(parsed.error.message);
    for (const run of [...fixture.modules, fixture.total]) {
      expect(formatScore(scoreOf(run.counts, run.statements, parsed.expression))).toBe(run.rating ?? 'n/a');
    }
  });
});
