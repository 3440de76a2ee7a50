import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { analyze } from '../src/index.js';
import { CLEAN, COUNTING_CONFIG, TEN_STATEMENTS } from './fixtures.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

function repoWith(files: Record<string, string>): TempRepo {
  const repo = createTempRepo(files);
  repos.push(repo);
  return repo;
}

describe('analyze: ESLint configurations', () => {
  it("uses the project's own eslint.config.* with --eslint-config project", async () => {
    const repo = repoWith({ 'eslint.config.mjs': COUNTING_CONFIG, 'src/a.js': TEN_STATEMENTS });
    const { report } = await analyze({ root: repo.dir, paths: ['src'], eslintConfig: 'project', jobs: 1 });
    expect(report.modules[0]!.messages.map((m) => m.ruleId)).toEqual(['eqeqeq', 'no-debugger', 'eqeqeq']);
    expect(report.config.eslintConfig).toBe('project');
  });

  it('says what to do when the project has no ESLint config', async () => {
    const repo = repoWith({ 'src/a.js': CLEAN });
    await expect(analyze({ root: repo.dir, eslintConfig: 'project', jobs: 1 })).rejects.toThrow(
      /--eslint-config project: no eslint\.config\.\* file in .* or above, nor a legacy \.eslintrc\* or package\.json eslintConfig at the root; add one, or use --eslint-config recommended/,
    );
  });

  it('converts a legacy .eslintrc (or package.json eslintConfig) with FlatCompat for --eslint-config project', async () => {
    const rc = 'root: true\nenv:\n  node: true\nextends: eslint:recommended\nrules:\n  eqeqeq: error\n';
    const repo = repoWith({ '.eslintrc.yml': rc, 'src/a.js': "var a = require('x');\nif (a == 1) {\n  b();\n}\n" });
    const { report } = await analyze({ root: repo.dir, eslintConfig: 'project', jobs: 1 });
    expect(report.modules[0]!.messages.map((m) => `${m.ruleId} ${m.line}`)).toEqual(['eqeqeq 2', 'no-undef 3']);
    const inPackage = repoWith({
      'package.json': JSON.stringify({ name: 'p', eslintConfig: { rules: { 'no-debugger': 'error' } } }),
      'src/a.js': 'debugger;\n',
    });
    const second = await analyze({ root: inPackage.dir, eslintConfig: 'project', jobs: 1 });
    expect(second.report.modules[0]!.messages.map((m) => m.ruleId)).toEqual(['no-debugger']);
  });

  it('applies the globals of a flat config in a subfolder when the root has none (files outside it have no config)', async () => {
    const repo = repoWith({
      'package.json': JSON.stringify({ name: 'p', type: 'module' }),
      'index.js': 'export const a = 1;\n',
      'docs/eslint.config.mjs': 'export default [{ languageOptions: { globals: { myGlobal: "readonly" } } }];\n',
      'docs/page.js': 'export const b = myGlobal + 1;\n',
    });
    const { report, notices } = await analyze({ root: repo.dir, jobs: 1, cache: false });
    const page = report.modules.find((module) => module.path === 'docs/page.js')!;
    expect(page.messages.map((message) => message.ruleId)).not.toContain('no-undef');
    expect(notices.filter((notice) => notice.includes('not loaded'))).toEqual([]);
  });

  it('scores plain JavaScript with the bundled preset and no configuration at all', async () => {
    const repo = repoWith({
      'lib/legacy.js':
        'var total_sum = 0;\nfunction add_item(x) { if (x == null) { return; } total_sum += x; }\nadd_item(1);\n',
    });
    const { report } = await analyze({ root: repo.dir, jobs: 1, cache: false });
    const ids = report.modules[0]!.messages.map((m) => `${m.category} ${m.ruleId}`);
    expect(ids).toContain('C no-var');
    expect(report.modules[0]!.statements).toBe(6);
  });

  it('runs type-aware rules with the typed preset on a TypeScript project, and needs a tsconfig.json', async () => {
    const files = {
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext' },
        include: ['src'],
      }),
      'src/a.ts':
        'export async function load(): Promise<number> {\n  return 1;\n}\nexport function start(): void {\n  load();\n}\n',
    };
    const repo = repoWith(files);
    const typed = await analyze({ root: repo.dir, eslintConfig: 'typed', jobs: 1, cache: false });
    expect(typed.report.modules[0]!.messages.map((m) => [m.line, m.ruleId])).toContainEqual([
      5,
      '@typescript-eslint/no-floating-promises',
    ]);
    const untyped = await analyze({ root: repo.dir, eslintConfig: 'recommended', jobs: 1, cache: false });
    expect(untyped.report.modules[0]!.messages.map((m) => m.ruleId)).not.toContain(
      '@typescript-eslint/no-floating-promises',
    );

    const bare = repoWith({ 'src/a.ts': files['src/a.ts'] });
    await expect(analyze({ root: bare.dir, eslintConfig: 'typed', jobs: 1 })).rejects.toThrow(
      /typed needs a tsconfig\.json/,
    );
    await expect(analyze({ root: repo.dir, eslintConfig: 'typed', ref: 'HEAD', jobs: 1 })).rejects.toThrow(
      /cannot analyze --ref/,
    );
  });
});

describe('analyze: the cache shared by concurrent runs', () => {
  it('gives both runs the same results and leaves a cache that a third run uses whole', async () => {
    const files: Record<string, string> = { 'eslint.config.mjs': COUNTING_CONFIG };
    for (let i = 0; i < 30; i++) files[`src/m${i}.js`] = i % 2 ? TEN_STATEMENTS : `${CLEAN}// ${i}\n`;
    const repo = repoWith(files);
    const options = { root: repo.dir, paths: ['src'], eslintConfig: join(repo.dir, 'eslint.config.mjs'), jobs: 1 };
    const [first, second] = await Promise.all([analyze(options), analyze(options)]);
    expect(first.report.modules).toEqual(second.report.modules);
    const third = await analyze(options);
    expect(third.stats).toMatchObject({ linted: 0, cache: { hits: 30, misses: 0 } });
    expect(third.report.modules).toEqual(first.report.modules);
  });
});
