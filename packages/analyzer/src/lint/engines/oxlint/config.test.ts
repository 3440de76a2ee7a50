import { OXLINT_PRESETS } from '@upkeep/eslint-plugin/oxlint';
import { describe, expect, it } from 'vitest';
import { BRIDGE_PLUGIN, oxlintRun } from './config.js';

const run = oxlintRun(OXLINT_PRESETS.recommended, './upkeep-js.mjs');

/** Every rule name a configuration mentions, in its overrides. */
function ruleNames(config: Record<string, unknown>): string[] {
  const overrides = config.overrides as Array<{ rules?: Record<string, unknown> }>;
  return [...new Set(overrides.flatMap((layer) => Object.keys(layer.rules ?? {})))].sort();
}

describe('the oxlint configuration of a batch', () => {
  it('for JavaScript files only: no typescript-eslint rule in the JS plugin, no TypeScript group', () => {
    const batch = run.batch(new Set(['.js', '.cjs']));
    expect(batch.bridgeRules.filter((ruleId) => ruleId.startsWith('@typescript-eslint/'))).toEqual([]);
    expect(batch.bridgeRules).toContain('@upkeep/too-many-statements');
    expect(batch.bridgeRules).toContain('chai-friendly/no-unused-expressions');
    const config = batch.config([]);
    // the preset's group for JavaScript, then the test-file layer: no group for TypeScript files
    const overrides = config.overrides as Array<{ files: string[] }>;
    expect(overrides.map((layer) => layer.files.join(' ')).filter((files) => files.includes('{ts'))).toEqual([]);
    expect(overrides[0]!.files).toEqual(['**/*.{js,jsx,mjs,cjs}']);
    // every JS plugin rule the configuration names is one the plugin is asked to provide
    const plugin = ruleNames(config).filter((name) => name.startsWith(`${BRIDGE_PLUGIN}/`));
    const provided = new Set(
      batch.bridgeRules.map((ruleId) => `${BRIDGE_PLUGIN}/${ruleId.replace(/^@/, '').replace(/\//g, '__')}`),
    );
    expect(plugin.filter((name) => !provided.has(name))).toEqual([]);
  });

  it('for a mixed batch: both groups, typescript-eslint rules included', () => {
    const batch = run.batch(new Set(['.js', '.ts']));
    expect(batch.bridgeRules).toContain('@typescript-eslint/no-unused-vars');
    expect(batch.bridgeRules).toContain('no-unused-vars');
    const plugin = ruleNames(batch.config([])).filter((name) => name.startsWith(`${BRIDGE_PLUGIN}/`));
    const provided = new Set(
      batch.bridgeRules.map((ruleId) => `${BRIDGE_PLUGIN}/${ruleId.replace(/^@/, '').replace(/\//g, '__')}`),
    );
    expect(plugin.filter((name) => !provided.has(name))).toEqual([]);
    expect(run.ruleIdOf('src/a.ts', 'typescript(no-explicit-any)')).toBe('@typescript-eslint/no-explicit-any');
  });
});
