import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { buildProjectModel, type ProjectModel } from '../src/index.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

async function model(files: Record<string, string>): Promise<ProjectModel> {
  const repo = createTempRepo(files);
  repos.push(repo);
  return buildProjectModel(repo.dir);
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

describe('tsconfigs and build output mapped back to sources', () => {
  it('a TS package whose main is cjs/index.js from tsconfig.prod.cjs.json (outDir cjs, rootDir src)', async () => {
    const m = await model({
      'package.json': json({ name: 'ts-pkg', main: 'cjs/index.js', module: 'esm/index.js', types: 'types/index.d.ts' }),
      'tsconfig.json': '{\n  // shared settings\n  "compilerOptions": { "strict": true, },\n  "include": ["src"]\n}\n',
      'tsconfig.prod.cjs.json': json({
        extends: './tsconfig.json',
        compilerOptions: { outDir: 'cjs', rootDir: 'src', module: 'commonjs' },
      }),
      'tsconfig.prod.esm.json': json({
        extends: './tsconfig.prod.cjs.json',
        compilerOptions: { outDir: 'esm', declarationDir: 'types', declaration: true },
      }),
      'src/index.ts': "export * from './util/a';\n",
      'src/util/a.ts': 'export const a = 1;\n',
      'test/a.test.ts': '',
    });
    expect(m.tsconfigs.map((t) => [t.path, t.outDir, t.rootDir, t.declarationDir, t.files])).toEqual([
      ['tsconfig.json', undefined, 'src', undefined, ['src/index.ts', 'src/util/a.ts']],
      ['tsconfig.prod.cjs.json', 'cjs', 'src', undefined, ['src/index.ts', 'src/util/a.ts']],
      ['tsconfig.prod.esm.json', 'esm', 'src', 'types', ['src/index.ts', 'src/util/a.ts']],
    ]);
    expect(m.tsconfigs[2]!.extendsChain).toEqual(['tsconfig.prod.cjs.json', 'tsconfig.json']);
    expect(m.sourceOfBuiltPath('cjs/index.js')).toBe('src/index.ts');
    expect(m.sourceOfBuiltPath('esm/util/a.js')).toBe('src/util/a.ts');
    expect(m.sourceOfBuiltPath('types/util/a.d.ts')).toBe('src/util/a.ts');
    expect(m.sourceOfBuiltPath('cjs/missing.js')).toBeUndefined();
    expect(m.sourceOfBuiltPath('lib/index.js')).toBeUndefined();
    expect(m.entries.get('src/index.ts')).toBe('package.json main');
    expect(m.unresolvedEntries).toEqual([]);
    expect(m.tsconfigsCovering('src/util/a.ts').map((t) => t.path)).toEqual([
      'tsconfig.json',
      'tsconfig.prod.cjs.json',
      'tsconfig.prod.esm.json',
    ]);
    expect(m.tsconfigsCovering('test/a.test.ts')).toEqual([]);
  });

  it('a yargs-like layout: ESM shims import ../build/lib/x.js compiled from lib/x.ts (rootDir ".", outDir build)', async () => {
    const m = await model({
      'package.json': json({
        name: 'y',
        type: 'module',
        main: './build/index.cjs',
        exports: { '.': { import: './index.mjs', require: './index.cjs' } },
      }),
      'tsconfig.json': json({
        compilerOptions: { outDir: 'build', rootDir: '.', allowJs: false },
        include: ['lib/**/*.ts', './*.ts'],
      }),
      'index.mjs': "export * from './build/lib/yargs-factory.js';\n",
      'index.cjs': "module.exports = require('./build/index.cjs');\n",
      'lib/yargs-factory.ts': '',
      'lib/utils/process-argv.ts': '',
      'helpers/helpers.mjs': "import { x } from '../build/lib/utils/process-argv.js';\n",
      'cjs.ts': '',
    });
    expect(m.sourceOfBuiltPath('build/lib/utils/process-argv.js')).toBe('lib/utils/process-argv.ts');
    expect(m.sourceOfBuiltPath('build/lib/yargs-factory.d.ts')).toBe('lib/yargs-factory.ts');
    expect(m.sourceOfBuiltPath('build/cjs.js')).toBe('cjs.ts');
    expect([...m.entries.keys()].sort()).toEqual(['index.cjs', 'index.mjs']);
    // build/index.cjs is made by a bundler from cjs.ts, not by tsc: reported, not dropped silently
    expect(m.unresolvedEntries.map((u) => [u.field, u.target])).toEqual([['main', './build/index.cjs']]);
  });

  it('extends a package that is not installed: read as far as possible, reported, and the run goes on', async () => {
    const m = await model({
      'package.json': json({ name: 'z', main: 'out/index.js' }),
      'tsconfig.json': json({
        extends: '@tsconfig/node-missing/tsconfig.json',
        compilerOptions: { outDir: 'out' },
        include: ['src'],
      }),
      'tsconfig.base.json': json({ compilerOptions: { rootDir: 'src', outDir: 'lib' } }),
      'tsconfig.lib.json': json({ extends: ['./tsconfig.base', '@scope/not-there'], include: ['src'] }),
      'src/index.ts': '',
    });
    expect(m.tsconfigs.find((t) => t.path === 'tsconfig.json')!.missingExtends).toEqual([
      '@tsconfig/node-missing/tsconfig.json',
    ]);
    expect(m.tsconfigs.find((t) => t.path === 'tsconfig.lib.json')).toMatchObject({
      missingExtends: ['@scope/not-there'],
      outDir: 'lib',
      rootDir: 'src',
    });
    expect(m.notices).toEqual(
      expect.arrayContaining([
        'tsconfig.json: extends "@tsconfig/node-missing/tsconfig.json", which is not found (not installed?); read without it',
        'tsconfig.lib.json: extends "@scope/not-there", which is not found (not installed?); read without it',
      ]),
    );
    expect(m.sourceOfBuiltPath('out/index.js')).toBe('src/index.ts');
    expect(m.sourceOfBuiltPath('lib/index.js')).toBe('src/index.ts');
    expect(m.entries.get('src/index.ts')).toBe('package.json main');
  });

  it('extends a package installed in node_modules, and follows composite references', async () => {
    const m = await model({
      '.gitignore': 'node_modules/\n',
      'node_modules/@tsconfig/strictest/package.json': json({ name: '@tsconfig/strictest' }),
      'node_modules/@tsconfig/strictest/tsconfig.json': json({
        compilerOptions: { allowJs: true, outDir: 'ignored-relative-to-base' },
      }),
      'tsconfig.json': json({ files: [], references: [{ path: './packages/core' }] }),
      'packages/core/tsconfig.json': json({
        extends: '@tsconfig/strictest',
        compilerOptions: { composite: true, outDir: 'dist' },
      }),
      'packages/core/index.js': '',
      'packages/core/src/a.ts': '',
    });
    const core = m.tsconfigs.find((t) => t.path === 'packages/core/tsconfig.json')!;
    expect(core).toMatchObject({
      allowJs: true,
      composite: true,
      rootDir: 'packages/core',
      outDir: 'packages/core/dist',
      missingExtends: [],
    });
    expect(core.extendsChain).toEqual(['node_modules/@tsconfig/strictest/tsconfig.json']);
    expect(core.files).toEqual(['packages/core/index.js', 'packages/core/src/a.ts']);
    expect(m.tsconfigs.find((t) => t.path === 'tsconfig.json')!.references).toEqual(['packages/core/tsconfig.json']);
    expect(m.sourceOfBuiltPath('packages/core/dist/src/a.js')).toBe('packages/core/src/a.ts');
  });
});
