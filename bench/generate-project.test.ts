import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from './generate-project.mjs';

const SOURCE = /\.(js|jsx|ts|tsx)$/;
const scratch = mkdtempSync(join(tmpdir(), 'upkeep-synthetic-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under `root` except git's own, as path → content, in a stable order. */
function readTree(root: string): Map<string, Buffer> {
  const tree = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(full);
      } else {
        tree.set(relative(root, full), readFileSync(full));
      }
    }
  };
  walk(root);
  return tree;
}

/** Fatal (parse) errors of one file, parsed the way ESLint parses it: espree for JS, typescript-eslint for TS. */
function parseErrors(path: string, source: string): string[] {
  const typescript = /\.tsx?$/.test(path);
  const linter = new Linter();
  const messages = linter.verify(
    source,
    [
      {
        files: ['**/*'],
        languageOptions: {
          ecmaVersion: 'latest',
          sourceType: 'module',
          ...(typescript ? { parser: tseslint.parser } : {}),
          parserOptions: { ecmaFeatures: { jsx: path.endsWith('x') } },
        },
      },
    ],
    { filename: path },
  );
  return messages.filter((message) => message.fatal).map((message) => `${path}:${message.line}: ${message.message}`);
}

type Summary = ReturnType<typeof generateProject>;

describe('generateProject', () => {
  let first: Summary;
  let second: Summary;
  let firstTree: Map<string, Buffer>;
  beforeAll(() => {
    first = generateProject({ files: 40, seed: 7, outDir: join(scratch, 'first') });
    second = generateProject({ files: 40, seed: 7, outDir: join(scratch, 'second') });
    firstTree = readTree(first.outDir);
  });

  it('writes exactly the requested number of source modules, in every kind of module', () => {
    const sources = [...firstTree.keys()].filter((path) => SOURCE.test(path));
    expect(sources).toHaveLength(40);
    expect(first.modules).toBe(40);
    expect(Object.values(first.kinds).reduce((sum, count) => sum + count, 0)).toBe(40);
    expect(first.lines).toBe(
      sources.reduce((sum, path) => sum + firstTree.get(path)!.toString('utf8').split('\n').length - 1, 0),
    );
    expect(first.bytes).toBe(sources.reduce((sum, path) => sum + firstTree.get(path)!.length, 0));
  });

  it('lays the project out as a workspace monorepo', () => {
    const root = JSON.parse(firstTree.get('package.json')!.toString('utf8')) as { workspaces: string[] };
    expect(root.workspaces).toEqual(['packages/*']);
    const manifests = [...firstTree.keys()].filter((path) => /^packages\/[^/]+\/package\.json$/.test(path));
    expect(manifests).toHaveLength(5);
    for (const path of [...firstTree.keys()].filter((file) => SOURCE.test(file)))
      expect(path).toMatch(/^packages\/[^/]+\/src\/[^/]+\//);
  });

  it('gives byte-identical trees and the same commit for the same seed', () => {
    const secondTree = readTree(second.outDir);
    expect([...secondTree.keys()]).toEqual([...firstTree.keys()]);
    for (const [path, content] of firstTree) expect(secondTree.get(path)!.equals(content), path).toBe(true);
    expect(second.commit).toBe(first.commit);
  });

  it('gives a different project for a different seed', () => {
    const other = generateProject({ files: 40, seed: 8, outDir: join(scratch, 'other') });
    const sourcesOf = (tree: Map<string, Buffer>): string[] => [...tree.keys()].filter((path) => SOURCE.test(path));
    expect(sourcesOf(readTree(other.outDir))).not.toEqual(sourcesOf(firstTree));
    expect(other.commit).not.toBe(first.commit);
  });

  it('commits everything it wrote, leaving a clean work tree', () => {
    const git = (args: string[]): string => execFileSync('git', args, { cwd: first.outDir, encoding: 'utf8' });
    expect(git(['log', '--format=%s']).trim()).toBe('synthetic');
    expect(git(['status', '--porcelain']).trim()).toBe('');
    expect(git(['ls-files']).trim().split('\n')).toHaveLength(firstTree.size);
  });

  it('writes only modules that parse', () => {
    const errors = [...firstTree]
      .filter(([path]) => SOURCE.test(path))
      .flatMap(([path, content]) => parseErrors(path, content.toString('utf8')));
    expect(errors).toEqual([]);
  });

  it('writes valid TypeScript: oxlint, which refuses what TypeScript calls an error (TS1016 `a?: T, b: T`), parses every module', () => {
    const require = createRequire(join(import.meta.dirname, '..', 'packages', 'analyzer', 'package.json'));
    const bin = join(dirname(require.resolve('oxlint/package.json')), 'bin', 'oxlint');
    // every rule off: only parse errors remain as diagnostics; a larger project makes the draws of optional parameters frequent
    const project = generateProject({ files: 150, seed: 3, outDir: join(scratch, 'typescript') });
    const output = execFileSync(process.execPath, [bin, '-A', 'all', '-f', 'json', '--no-ignore', '.'], {
      cwd: project.outDir,
      encoding: 'utf8',
    });
    const { diagnostics } = JSON.parse(output.slice(output.indexOf('{'))) as {
      diagnostics: Array<{ filename: string; code?: string; message: string }>;
    };
    expect(project.kinds.ts).toBeGreaterThan(30);
    expect(diagnostics.map((d) => `${d.filename}: ${d.code ?? ''} ${d.message}`)).toEqual([]);
  });

  it('refuses to write into a directory that is not empty', () => {
    expect(() => generateProject({ files: 3, seed: 7, outDir: first.outDir })).toThrow(
      /already exists and is not empty/,
    );
  });
});
