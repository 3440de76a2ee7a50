import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// run in a fresh Node, as oxlint's plugin host loads the plugin: the test runner's own process has TypeScript loaded already
function loadedAfter(ruleIds: string[]): { typescript: boolean; create: string[] } {
  const bridge = join(import.meta.dirname, '..', '..', 'dist', 'oxlint', 'bridge.js');
  const script = `
    import { createRequire } from 'node:module';
    const { loadEslintRule } = await import(${JSON.stringify(bridge)});
    const create = [];
    for (const id of ${JSON.stringify(ruleIds)}) create.push(typeof (await loadEslintRule(id)).create);
    const cache = Object.keys(createRequire(import.meta.url).cache);
    console.log(JSON.stringify({ typescript: cache.some((path) => /[\\\\/]typescript[\\\\/]lib[\\\\/]typescript\\.js$/.test(path)), create }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as {
    typescript: boolean;
    create: string[];
  };
}

describe("the oxlint bridge's start-up", () => {
  it('loads the rules of JavaScript files without loading TypeScript (sonarjs imports it at load time)', () => {
    const ids = [
      'sonarjs/no-all-duplicated-branches',
      'sonarjs/no-commented-code',
      '@upkeep/identifier-naming',
      'consistent-return',
      'no-redeclare',
      'no-unused-vars',
    ];
    expect(loadedAfter(ids)).toEqual({ typescript: false, create: ids.map(() => 'function') });
  });

  it('loads TypeScript when a typescript-eslint rule needs it', () => {
    expect(loadedAfter(['@typescript-eslint/no-shadow']).typescript).toBe(true);
  });
});
