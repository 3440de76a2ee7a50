import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { projectFormatter } from './format.js';

// the workspace's own Prettier, linked into a temporary project as if the project had installed it
const workspaceRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const prettierDir = dirname(
  realpathSync(createRequire(join(workspaceRoot, 'package.json')).resolve('prettier/package.json')),
);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>, withPrettier: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'upkeep-format-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  if (withPrettier) {
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    symlinkSync(prettierDir, join(root, 'node_modules', 'prettier'));
  }
  return root;
}

describe('--format-changed: the project formatter', () => {
  it("formats a changed file with the project's Prettier and its config, when the file followed it before", async () => {
    const root = project(
      { 'package.json': '{"name":"p"}', '.prettierrc': '{"printWidth":40,"singleQuote":true}' },
      true,
    );
    const formatter = await projectFormatter(root);
    expect(formatter?.name).toMatch(/^prettier \d/);
    const before = "const x = compute('a', 'b');\n";
    // a rename made the line longer than the project's print width
    const renamed = "const x = computeEverythingNow('a', 'bbbbb');\n";
    expect(await formatter!.format('a.js', renamed, before)).toBe(
      "const x = computeEverythingNow(\n  'a',\n  'bbbbb',\n);\n",
    );
  });

  it('leaves a file the formatter did not accept before as the rename made it', async () => {
    const root = project({ 'package.json': '{"name":"p"}' }, true);
    const formatter = await projectFormatter(root);
    const before = 'const   x = 1\n';
    expect(await formatter!.format('a.js', 'const   renamedX = 1\n', before)).toBe('const   renamedX = 1\n');
  });

  it('respects .prettierignore', async () => {
    const root = project({ 'package.json': '{"name":"p"}', '.prettierignore': 'gen/\n' }, true);
    const formatter = await projectFormatter(root);
    expect(await formatter!.format('gen/a.js', 'const   y = 1;\n', 'const x = 1;\n')).toBe('const   y = 1;\n');
  });

  it('finds no formatter in a project without one', async () => {
    const root = project({ 'package.json': '{"name":"p","scripts":{"test":"node t.js"}}' }, false);
    expect(await projectFormatter(root)).toBeUndefined();
  });
});
