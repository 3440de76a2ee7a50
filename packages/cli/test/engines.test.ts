import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, inProcessCli, type TempRepo } from '@upkeep/test-utils';
import { runCli } from '../src/program.js';

/**
 * score, diff, gate and trend on the recommended preset, once per engine: the same facts from
 * both (docs/engines.md), and the report names the engine that made it. The modules mix rules
 * oxlint runs natively (eqeqeq, no-debugger) with rules it runs through its JS plugin
 * (identifier-naming, no-unused-vars) and the statement count.
 */
const upkeep = inProcessCli(runCli);
const ENGINES = ['oxlint', 'eslint'] as const;

const A = `export function total(items) {\n  let sum = 0;\n  for (const item of items) sum += item.price;\n  return sum;\n}\n`;
const B = `export function check(orderValue) {\n  const unused = 1;\n  return orderValue === 1;\n}\n`;
const B2 = `export function check(order_value) {\n  debugger;\n  return order_value == 1 || order_value == 2;\n}\n`;

let repo: TempRepo;
beforeAll(() => {
  repo = createTempRepo({ 'package.json': '{"type":"module"}\n', 'src/a.js': A, 'src/b.js': B });
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write({ 'src/b.js': B2 });
  repo.commit('feature');
});
afterAll(() => repo.cleanup());

type Json = Record<string, unknown>;

async function json(args: string[]): Promise<Json> {
  const run = await upkeep([...args, '--format', 'json', '--quiet', '--no-cache'], repo.dir);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Json;
}

/**
 * A report as the parity of engines is defined (docs/engines.md): every message's rule, line,
 * column and category, and every number; not the engine's name, version or configuration hash,
 * timings, message texts, or end positions (only ESLint's rules give those).
 */
function facts(value: unknown): unknown {
  const dropped = new Set(['engine', 'hash', 'generatedAt', 'date', 'durationMs', 'stats', 'message', 'messageId']);
  return JSON.parse(
    JSON.stringify(value, (key, inner: unknown) => (dropped.has(key) || key.startsWith('end') ? undefined : inner)),
  );
}

describe.each(ENGINES)('the %s engine', (engine) => {
  it('scores and gates the recommended preset, and the score report names the engine', async () => {
    const score = await json(['score', '--engine', engine]);
    expect((score.config as Json).engine).toMatchObject({ name: engine });
    const modules = (
      score.modules as Array<{ path: string; score: number; messages?: Array<{ ruleId: string; line: number }> }>
    ).map((module) => [module.path, module.score, (module.messages ?? []).map((m) => `${m.line} ${m.ruleId}`)]);
    expect(modules).toEqual([
      ['src/a.js', 10, []],
      ['src/b.js', 0, ['1 @upkeep/identifier-naming', '2 no-debugger', '3 eqeqeq', '3 eqeqeq']],
    ]);

    const gate = await upkeep(
      ['gate', '--base', 'main', '--max-module-drop', '0', '--engine', engine, '--quiet', '--no-cache'],
      repo.dir,
    );
    expect({ status: gate.status, stdout: gate.stdout, stderr: gate.stderr }).toEqual({
      status: 1,
      stdout:
        'upkeep gate failed: 1 condition not met\n' +
        '  src/b.js: dropped 6.67 points (6.67/10 → 0.00/10), more than --max-module-drop 0\n',
      stderr: '',
    });
  });
});

describe('both engines', () => {
  it('give the same score, diff and trend on the recommended preset', async () => {
    const run = async (engine: (typeof ENGINES)[number]): Promise<Record<string, Json>> => ({
      score: await json(['score', '--engine', engine]),
      diff: await json(['diff', '--base', 'main', '--engine', engine]),
      trend: await json(['trend', '--engine', engine]),
    });
    const oxlint = await run('oxlint');
    const eslint = await run('eslint');
    expect((oxlint.diff.modules as unknown[]).length).toBeGreaterThan(0);
    expect((oxlint.trend.points as unknown[] | undefined)?.length ?? (oxlint.trend.commits as unknown[]).length).toBe(
      2,
    );
    expect(facts(oxlint.score)).toEqual(facts(eslint.score));
    expect(facts(oxlint.diff)).toEqual(facts(eslint.diff));
    expect(facts(oxlint.trend)).toEqual(facts(eslint.trend));
  });
});
