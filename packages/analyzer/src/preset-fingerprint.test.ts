import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeHash } from './preset-fingerprint.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A plugin folder and an engine folder with one compiled file each. */
function layout(engineCode: string): Array<{ label: string; dir: string }> {
  const root = mkdtempSync(join(tmpdir(), 'upkeep-fingerprint-'));
  dirs.push(root);
  mkdirSync(join(root, 'plugin/rules'), { recursive: true });
  mkdirSync(join(root, 'lint/engines/oxlint'), { recursive: true });
  writeFileSync(join(root, 'plugin/rules/a.js'), 'export const a = 1;\n');
  writeFileSync(join(root, 'plugin/rules/a.d.ts'), 'export declare const a: number;\n');
  writeFileSync(join(root, 'lint/engines/oxlint/run.js'), engineCode);
  return [
    { label: '', dir: join(root, 'plugin') },
    { label: 'lint/', dir: join(root, 'lint') },
  ];
}

describe('the code part of the preset fingerprint (the cache directory key)', () => {
  it('changes with an engine file, not with where the folders are or with declaration files', async () => {
    const first = await codeHash(layout('export const batch = 5000;\n'));
    expect(await codeHash(layout('export const batch = 5000;\n'))).toBe(first);
    expect(await codeHash(layout('export const batch = 4000;\n'))).not.toBe(first);
    const touched = layout('export const batch = 5000;\n');
    writeFileSync(join(touched[0]!.dir, 'rules/a.d.ts'), 'export declare const a: string;\n');
    expect(await codeHash(touched)).toBe(first);
  });
});
