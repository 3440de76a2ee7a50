import { OXLINT_PRESETS } from '@upkeep/eslint-plugin/oxlint';
import { describe, expect, it } from 'vitest';
import { BRIDGE_PLUGIN, oxlintRun, routedFiles } from './config.js';

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

describe('modules routed to ESLint’s rule by their text (OXLINT_ROUTES)', () => {
  const located: Array<[string, string]> = [
    ['files/0/docs.js', '/* global hljs */\nhljs.configure();\n'],
    ['files/0/plain.js', 'export const a = 1;\n'],
    ['files/0/utils.cjs', 'var canonicalType = (exports.canonicalType = function canonicalType() {});\n'],
    ['files/0/index.d.mts', 'declare namespace knex {\n  var QueryBuilder: number;\n}\n'],
    ['files/0/declare.js', '// declare something\nvar a = 1;\n'],
  ];

  it('finds the modules of each route, by text and kind of file', () => {
    expect(routedFiles(located)).toEqual([
      { rules: ['no-undef', 'no-global-assign'], files: ['files/0/docs.js'] },
      { rules: ['no-shadow'], files: ['files/0/utils.cjs'] },
      { rules: ['no-var'], files: ['files/0/index.d.mts'] },
    ]);
  });

  it('turns the native rule off and the JS plugin’s on for those modules only, and maps its messages back', () => {
    const routed = routedFiles(located);
    const batch = run.batch(new Set(['.js', '.cjs', '.mts']), routed);
    for (const ruleId of ['no-undef', 'no-global-assign', 'no-shadow', 'no-var'])
      expect(batch.bridgeRules).toContain(ruleId);
    const overrides = batch.config([]).overrides as Array<{ files: string[]; rules?: Record<string, unknown> }>;
    const forDocs = overrides.filter((layer) => layer.files.includes('files/0/docs.js'));
    expect(forDocs).toEqual([
      {
        files: ['files/0/docs.js'],
        rules: {
          'eslint/no-undef': 'off',
          [`${BRIDGE_PLUGIN}/no-undef`]: ['error'],
          'eslint/no-global-assign': 'off',
          [`${BRIDGE_PLUGIN}/no-global-assign`]: ['error'],
        },
      },
    ]);
    expect(overrides.filter((layer) => layer.files.includes('files/0/index.d.mts'))).toEqual([
      { files: ['files/0/index.d.mts'], rules: { 'eslint/no-var': 'off', [`${BRIDGE_PLUGIN}/no-var`]: ['error'] } },
    ]);
    expect(overrides.some((layer) => layer.files.includes('files/0/plain.js'))).toBe(false);
    expect(run.ruleIdOf('files/0/docs.js', `${BRIDGE_PLUGIN}(no-undef)`)).toBe('no-undef');
    expect(run.ruleIdOf('files/0/docs.js', 'eslint(no-undef)')).toBe('no-undef');
    // without routed modules, the JS plugin does not load these rules
    expect(run.batch(new Set(['.js'])).bridgeRules).not.toContain('no-undef');
  });
});
