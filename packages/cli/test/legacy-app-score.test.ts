import { fileURLToPath } from 'node:url';
import { engineNameUnderTest, inProcessCli } from '@upkeep/test-utils';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/program.js';

const upkeep = inProcessCli(runCli);

const sample = fileURLToPath(new URL('../../../examples/legacy-app', import.meta.url));

interface Report {
  config: { engine: { name: string } };
  total: { modules: number; statements: number; counts: Record<string, number>; score: number };
  modules: Array<{ path: string; messages?: Array<{ ruleId: string }> }>;
}

/**
 * The bundled sample under the default preset. A preset change moves these numbers: update them in
 * the same change, so that reviewers see what the change does to a real legacy code base.
 */
describe('upkeep score on examples/legacy-app', () => {
  it('finds exactly the pinned messages per category and per upkeep rule', async () => {
    const run = await upkeep(['score', sample, '--format', 'json', '--no-cache'], sample);
    const report = JSON.parse(run.stdout) as Report;
    // the same figures on both engines: the suite runs this file again with UPKEEP_ENGINE=eslint
    expect(report.config.engine.name).toBe(engineNameUnderTest());
    expect(report.total.modules).toBe(43);
    expect(report.total.statements).toBe(1554);
    expect(report.total.counts).toEqual({ fatal: 0, error: 1, warning: 41, refactor: 17, convention: 657, info: 0 });
    // identifier-naming judges each kind by the style a file keeps consistently (snake_case variables are not flagged there)
    expect(report.total.score.toFixed(2)).toBe('5.37');
    const byRule: Record<string, number> = {};
    for (const module of report.modules) {
      for (const message of module.messages ?? []) {
        if (message.ruleId.startsWith('@upkeep/') || message.ruleId.startsWith('sonarjs/'))
          byRule[message.ruleId] = (byRule[message.ruleId] ?? 0) + 1;
      }
    }
    expect(byRule).toEqual({
      '@upkeep/identifier-naming': 266,
      '@upkeep/no-swallowed-error': 6,
      '@upkeep/too-many-branches': 1,
      '@upkeep/too-many-instance-attributes': 1,
      '@upkeep/too-many-locals': 4,
      '@upkeep/too-many-public-methods': 1,
      '@upkeep/too-many-return-statements': 1,
      '@upkeep/too-many-statements': 1,
      'sonarjs/no-collapsible-if': 2,
      'sonarjs/no-inverted-boolean-check': 2,
    });
    // mocha's describe/it in spec/, chai's `expect(x).to.be.true`, and the page's scripts calling
    // each other's functions (public/js) are not errors: the sample's only error is its real one
    const environmentRules = [
      'no-undef',
      'no-unused-expressions',
      'chai-friendly/no-unused-expressions',
      'no-unused-vars',
    ];
    const inNewFiles = report.modules.filter((module) => /(?:^|\/)(?:spec|public)\//.test(module.path));
    expect(inNewFiles.map((module) => module.path.replace(/^.*legacy-app\//, ''))).toEqual([
      'public/js/cart.js',
      'public/js/checkout.js',
      'spec/money_util.spec.js',
    ]);
    expect(
      inNewFiles.flatMap((module) =>
        (module.messages ?? []).filter((message) => environmentRules.includes(message.ruleId)),
      ),
    ).toEqual([]);
  });
});
