// The lint pool: how many workers a run gets, and that this thread, one worker and two workers
// give the same facts for the same modules.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintFacts, LintInput } from '../src/lint/lint-spec.js';
import { lintAll, workerCount } from '../src/lint/pool.js';

describe('workerCount', () => {
  it('lints a small run in this thread and a large one on workers, one job included', () => {
    expect(workerCount(39, 1)).toBe(0);
    expect(workerCount(39, 4)).toBe(0);
    expect(workerCount(40, 1)).toBe(1);
    expect(workerCount(2000, 1)).toBe(1);
    expect(workerCount(79, 2)).toBe(1);
    expect(workerCount(80, 2)).toBe(2);
    expect(workerCount(2000, 2)).toBe(2);
    expect(workerCount(2000, 0)).toBe(1);
  });
});

function inputs(count: number): LintInput[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `src/m${i}.js`,
    text:
      i % 3 === 0
        ? `var unused_${i} = 1;\nif (x == ${i}) { console.log('a'); }\nexport function f${i}(a, b) { return a + b; }\n`
        : `export const value${i} = ${i};\n`,
  }));
}

async function factsOf(count: number, jobs: number): Promise<Map<string, LintFacts>> {
  const root = mkdtempSync(join(tmpdir(), 'upkeep-pool-'));
  const out = new Map<string, LintFacts>();
  for await (const outcome of lintAll({ root, eslintConfig: 'recommended' }, inputs(count), jobs))
    out.set(outcome.path, outcome.facts);
  return out;
}

describe('lintAll', () => {
  it('gives the same facts in this thread, on one worker and on two', { timeout: 240_000 }, async () => {
    const inThread = await factsOf(39, 1);
    const oneWorker = await factsOf(80, 1);
    const twoWorkers = await factsOf(80, 2);
    expect(oneWorker.size).toBe(80);
    expect(twoWorkers).toEqual(oneWorker);
    for (const [path, facts] of inThread) expect(oneWorker.get(path)).toEqual(facts);
    // the modules with problems report them: eqeqeq, no-undef and no-var among them
    const rules = oneWorker.get('src/m0.js')!.messages.map((message) => message.ruleId);
    for (const rule of ['eqeqeq', 'no-undef', 'no-var']) expect(rules).toContain(rule);
    // var, if, the call, the function and its return
    expect(oneWorker.get('src/m0.js')!.statements).toBe(5);
  });
});
