import { fileURLToPath } from 'node:url';
import type { Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_CATEGORIES, categoryOf } from './categories.js';
import { configs } from './presets/configs.js';
import { enabledRulesByFileKind } from './presets/enabled-rules.js';
import type { FileKind } from './presets/enabled-rules.js';
import { strictConfig } from './presets/strict.js';
import { typedConfig } from './presets/typed.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Every rule that any config object of the preset turns on, for any files. */
function rulesTurnedOn(preset: Linter.Config[]): Set<string> {
  const on = new Set<string>();
  for (const config of preset) {
    for (const [ruleId, entry] of Object.entries(config.rules ?? {})) {
      const severity = Array.isArray(entry) ? entry[0] : entry;
      if (severity !== 'off' && severity !== 0) on.add(ruleId);
    }
  }
  return on;
}

function union(...sets: ReadonlyArray<ReadonlySet<string>>): Set<string> {
  return new Set(sets.flatMap((set) => [...set]));
}

describe('RULE_CATEGORIES', () => {
  let recommended: Map<FileKind, Set<string>>;
  let typed: Map<FileKind, Set<string>>;
  let strict: Map<FileKind, Set<string>>;

  beforeAll(async () => {
    recommended = await enabledRulesByFileKind(configs.recommended, packageDir);
    typed = await enabledRulesByFileKind(typedConfig({ tsconfigRootDir: packageDir }), packageDir);
    strict = await enabledRulesByFileKind(strictConfig({ tsconfigRootDir: packageDir }), packageDir);
  });

  it('has a category for every rule a preset turns on', () => {
    const turnedOn = union(
      rulesTurnedOn(configs.recommended),
      rulesTurnedOn(configs.typed),
      rulesTurnedOn(configs.strict),
    );
    expect([...turnedOn].filter((ruleId) => categoryOf(ruleId) === undefined)).toEqual([]);
  });

  it('has no entry that no preset turns on', () => {
    const turnedOn = union(
      rulesTurnedOn(configs.recommended),
      rulesTurnedOn(configs.typed),
      rulesTurnedOn(configs.strict),
    );
    expect(Object.keys(RULE_CATEGORIES).filter((ruleId) => !turnedOn.has(ruleId))).toEqual([]);
  });

  it('matches exactly the rules ESLint resolves for every kind of file', () => {
    const resolved = union(...recommended.values(), ...typed.values(), ...strict.values());
    expect([...resolved].sort()).toEqual(Object.keys(RULE_CATEGORIES).sort());
  });

  it('gives the same rules to every JavaScript kind and to every TypeScript kind', () => {
    for (const preset of [recommended, typed, strict]) {
      expect(preset.get('component.jsx')).toEqual(preset.get('module.js'));
      expect(preset.get('module.mjs')).toEqual(preset.get('module.js'));
      expect(preset.get('script.cjs')).toEqual(preset.get('module.js'));
      expect(preset.get('component.tsx')).toEqual(preset.get('module.ts'));
      expect(preset.get('module.mts')).toEqual(preset.get('module.ts'));
      expect(preset.get('script.cts')).toEqual(preset.get('module.ts'));
    }
  });

  it('leaves JavaScript untyped in the typed preset', () => {
    expect(typed.get('module.js')).toEqual(recommended.get('module.js'));
  });

  it('adds documentation and tighter design rules in the strict preset, for every file', () => {
    const added = (kind: FileKind): string[] =>
      [...(strict.get(kind) ?? [])].filter((ruleId) => !typed.get(kind)?.has(ruleId)).sort();
    const expected = ['@upkeep/require-docs', 'sonarjs/cognitive-complexity', 'sonarjs/no-duplicate-string'];
    expect(added('module.js')).toEqual(expected);
    expect(added('module.ts')).toEqual(expected);
  });

  it('swaps core rules for their TypeScript versions in TypeScript files', () => {
    const js = recommended.get('module.js');
    const ts = recommended.get('module.ts');
    for (const [core, replacement] of [
      ['no-unused-vars', '@typescript-eslint/no-unused-vars'],
      ['no-shadow', '@typescript-eslint/no-shadow'],
      ['no-unused-expressions', '@typescript-eslint/no-unused-expressions'],
    ] as const) {
      expect([js?.has(core), js?.has(replacement), ts?.has(core), ts?.has(replacement)]).toEqual([
        true,
        false,
        false,
        true,
      ]);
    }
    expect(ts?.has('no-undef')).toBe(false);
    expect(typed.get('module.ts')?.has('default-case')).toBe(false);
    expect(typed.get('module.ts')?.has('@typescript-eslint/switch-exhaustiveness-check')).toBe(true);
  });

  it('makes errors of probable bugs and warnings of everything else', () => {
    const severities = (ruleIds: string[]): unknown[] =>
      ruleIds.map((ruleId) => {
        const entry = configs.recommended.find((config) => config.rules?.[ruleId] !== undefined)?.rules?.[ruleId];
        return Array.isArray(entry) ? entry[0] : entry;
      });
    expect(
      severities(['no-undef', 'no-unused-vars', '@upkeep/too-many-statements', '@upkeep/identifier-naming']),
    ).toEqual(['error', 'warn', 'warn', 'warn']);
  });
});

describe('categoryOf', () => {
  it('follows pylint for the rules that have a pylint twin', () => {
    expect(
      [
        'no-undef',
        'no-unused-vars',
        '@upkeep/too-many-statements',
        '@upkeep/identifier-naming',
        'no-dupe-keys',
        'no-unreachable',
        'max-lines',
      ].map(categoryOf),
    ).toEqual(['E', 'W', 'R', 'C', 'E', 'W', 'C']);
  });

  it('knows nothing of rules no preset enables, nor of object prototype keys', () => {
    expect(['my-plugin/custom', 'no-console', 'constructor', 'toString', '__proto__'].map(categoryOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
