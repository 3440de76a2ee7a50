// A run with a bundled preset loads only the plugin rules the preset turns on: eslint-plugin-sonarjs's
// index alone loads ~295 rules (1,300 modules) for the ten the presets use. Checked in a child
// process, whose module registry holds only what that run loaded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configs } from '@upkeep/eslint-plugin';

const linterUrl = pathToFileURL(join(import.meta.dirname, '../dist/lint/linter.js')).href;
const fromPlugin = createRequire(createRequire(import.meta.url).resolve('@upkeep/eslint-plugin'));
const sonarjsCjs = join(dirname(fromPlugin.resolve('eslint-plugin-sonarjs/package.json')), 'cjs');

interface ChildRun {
  /** sonarjs rule folders loaded */
  folders: string[];
  /** whether sonarjs's rule index was loaded */
  index: boolean;
  /** whether the TypeScript compiler was loaded */
  typescript: boolean;
  /** the rules that reported */
  rules: string[];
}

/** Lints modules (one JavaScript, and one TypeScript unless `jsOnly`) in a fresh process: what it loaded. */
function lintInChild(eslintConfig: string, jsOnly = false): ChildRun {
  const root = mkdtempSync(join(tmpdir(), 'upkeep-preset-plugins-'));
  const script = `
    import { createRequire } from 'node:module';
    const { ModuleLinter } = await import(${JSON.stringify(linterUrl)});
    const linter = new ModuleLinter({ root: ${JSON.stringify(root)}, eslintConfig: ${JSON.stringify(eslintConfig)} });
    const rules = [];
    for (const input of [
      { path: 'src/a.js', text: '// TODO: later\\nvar a = 1;\\nif (a) { if (a) { a = 2; } }\\nmodule.exports = a;\\n' },
      { path: 'src/b.ts', text: 'export function f(x: number): boolean { if (x > 1) { return true; } else { return false; } }\\n' },
    ].slice(0, ${jsOnly ? 1 : 2})) rules.push(...(await linter.lint(input)).messages.map((m) => m.ruleId));
    const all = Object.keys(createRequire(import.meta.url).cache);
    const loaded = all.filter((f) => f.includes('eslint-plugin-sonarjs'));
    const typescript = all.some((f) => /[\\\\/]typescript[\\\\/]lib[\\\\/]typescript\\.js$/.test(f));
    const folders = [...new Set(loaded.map((f) => /[\\\\/]cjs[\\\\/](S\\d+)[\\\\/]/.exec(f)?.[1]).filter(Boolean))];
    console.log(JSON.stringify({ folders, index: loaded.some((f) => f.endsWith('plugin-rules.js')), typescript, rules }));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as ChildRun;
}

/** The sonarjs rule a folder of the package holds (its meta.js names it). */
function ruleOfFolder(folder: string): string {
  const meta = readFileSync(join(sonarjsCjs, folder, 'meta.js'), 'utf8');
  return `sonarjs/${/exports\.eslintId = '([^']+)'/.exec(meta)![1]}`;
}

/** The sonarjs rules a preset turns on, in any of its config objects. */
function sonarjsRulesOf(preset: readonly { rules?: Record<string, unknown> }[]): Set<string> {
  const on = new Set<string>();
  for (const config of preset)
    for (const [id, entry] of Object.entries(config.rules ?? {}))
      if (id.startsWith('sonarjs/') && entry !== 'off' && !(Array.isArray(entry) && entry[0] === 'off')) on.add(id);
  return on;
}

describe('plugins of a bundled preset', () => {
  it('loads only the sonarjs rules the recommended preset turns on, not the plugin index', { timeout: 120_000 }, () => {
    const { folders, index, rules, typescript } = lintInChild('recommended');
    expect(index).toBe(false);
    expect(typescript).toBe(true);
    const used = sonarjsRulesOf(configs.recommended);
    expect(used.size).toBeGreaterThan(0);
    const loaded = folders.map(ruleOfFolder);
    for (const rule of loaded) expect(used, `${rule} was loaded`).toContain(rule);
    expect(loaded.length).toBeLessThanOrEqual(used.size);
    // and the rules loaded so still report
    for (const rule of ['sonarjs/todo-tag', 'sonarjs/no-collapsible-if', 'sonarjs/prefer-single-boolean-return'])
      expect(rules).toContain(rule);
  });

  it('does not load TypeScript when only JavaScript is linted', { timeout: 120_000 }, () => {
    const { typescript, rules } = lintInChild('recommended', true);
    expect(typescript).toBe(false);
    expect(rules).toContain('sonarjs/no-collapsible-if');
  });
});
