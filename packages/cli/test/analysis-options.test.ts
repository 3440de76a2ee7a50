import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { buildAnalysisOptions } from '../src/analysis-options.js';
import { runCli } from '../src/program.js';
import { cli } from './in-process.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

describe('buildAnalysisOptions: one wiring from upkeep.config.json and the flags', () => {
  const place = { cwd: '/work/here', root: '/repo', configFile: '/repo/upkeep.config.json' };

  it('takes every analysis setting of the config, maxFileSize included', () => {
    const config = {
      include: ['src/**'],
      exclude: ['vendor/**'],
      categories: { eqeqeq: 'W' as const },
      evaluation: '10 - error',
      maxFileSize: 2048,
      jobs: 3,
      eslintConfig: 'conf/eslint.mjs',
    };
    expect(buildAnalysisOptions(config, {}, place)).toEqual({
      options: {
        eslintConfig: '/repo/conf/eslint.mjs',
        include: ['src/**'],
        exclude: ['vendor/**'],
        categories: { eqeqeq: 'W' },
        evaluation: '10 - error',
        maxFileSize: 2048,
        jobs: 3,
      },
      origin: { eslintConfig: '../../repo/upkeep.config.json: "eslintConfig":' },
    });
  });

  it('lets the flags win: --eslint-config relative to the working directory, --jobs, --no-cache', () => {
    const built = buildAnalysisOptions(
      { eslintConfig: 'typed', jobs: 3 },
      { eslintConfig: 'my.mjs', jobs: 1, cache: false },
      place,
    );
    expect(built.options).toEqual({ eslintConfig: '/work/here/my.mjs', jobs: 1, cache: false });
    expect(built.origin.eslintConfig).toBe('--eslint-config');
  });

  it('defaults to the recommended preset and one worker per core ("auto")', () => {
    expect(buildAnalysisOptions({ jobs: 'auto' }, {}, place).options).toEqual({ eslintConfig: 'recommended' });
  });

  it('takes the engine from --engine, then the config file, then UPKEEP_ENGINE', () => {
    const env = { UPKEEP_ENGINE: 'eslint' };
    expect(buildAnalysisOptions({}, {}, { ...place, env }).options.engine).toBe('eslint');
    expect(buildAnalysisOptions({ engine: 'oxlint' }, {}, { ...place, env }).options.engine).toBe('oxlint');
    expect(buildAnalysisOptions({}, { engine: 'oxlint' }, { ...place, env }).options.engine).toBe('oxlint');
    expect(buildAnalysisOptions({}, {}, { ...place, env: { UPKEEP_ENGINE: ' ' } }).options.engine).toBeUndefined();
    expect(buildAnalysisOptions({}, {}, place).options.engine).toBeUndefined();
  });

  it('refuses an UPKEEP_ENGINE it does not know, naming the variable (exit 2 from a command)', async () => {
    expect(() => buildAnalysisOptions({}, {}, { ...place, env: { UPKEEP_ENGINE: 'biome' } })).toThrow(
      'UPKEEP_ENGINE: expected oxlint or eslint, got "biome" (unset it or choose one)',
    );
    const repo = createTempRepo();
    repos.push(repo);
    repo.write('a.js', 'export const a = 1;\n');
    repo.commit('one');
    let stderr = '';
    const status = await runCli(['score', '--quiet'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      env: { NO_COLOR: '1', UPKEEP_ENGINE: 'biome' },
      cwd: repo.dir,
    });
    expect({ status, stderr }).toEqual({
      status: 2,
      stderr: 'upkeep: UPKEEP_ENGINE: expected oxlint or eslint, got "biome" (unset it or choose one)\n',
    });
    let flagError = '';
    const flagStatus = await runCli(['score', '--engine', 'biome'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (flagError += s) },
      env: { NO_COLOR: '1' },
      cwd: repo.dir,
    });
    expect({ flagStatus, flagError }).toEqual({
      flagStatus: 2,
      flagError: 'upkeep: --engine: expected oxlint or eslint, got "biome"\n',
    });
  });
});

describe('format ids: one set for every command', () => {
  it('accepts md for markdown and lists the ids (never the aliases) when the format is unknown', async () => {
    const repo = createTempRepo({ 'src/a.js': 'export const a = 1;\n' });
    repos.push(repo);
    repo.commit('one');
    const md = await cli(['trend', '--format', 'md', '--quiet'], repo.dir);
    const markdown = await cli(['trend', '--format', 'markdown', '--quiet'], repo.dir);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('# upkeep trend');
    expect(markdown.stdout).toBe(md.stdout);
    const bad = await cli(['trend', '--format', 'xml'], repo.dir);
    expect(bad).toEqual({
      status: 2,
      stdout: '',
      stderr: 'upkeep: --format: expected json, markdown, html or csv, got "xml"\n',
    });
    const badDiff = await cli(['diff', '--base', 'HEAD', '--format', 'yaml'], repo.dir);
    expect(badDiff.stderr).toBe('upkeep: --format: expected text, json, markdown, sarif or gitlab, got "yaml"\n');
    const diffMd = await cli(['diff', '--base', 'HEAD', '--worktree', '--format', 'md', '--quiet'], repo.dir);
    expect(diffMd.status).toBe(0);
    expect(diffMd.stdout).toContain('### upkeep: 10.00/10 → 10.00/10 (+0.00)');
  });
});

describe('a bad eslintConfig in upkeep.config.json names the file and the field', () => {
  it('a path that does not exist', async () => {
    const repo = createTempRepo({
      'upkeep.config.json': JSON.stringify({ eslintConfig: 'missing.config.mjs' }),
      'src/a.js': 'export const a = 1;\n',
    });
    repos.push(repo);
    repo.commit('one');
    const run = await cli(['score'], join(repo.dir, 'src'));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `upkeep: ../upkeep.config.json: "eslintConfig": ${join(repo.dir, 'missing.config.mjs')}: file not found; give the path of an ESLint flat config file\n`,
    );
    const flag = await cli(['score', '--eslint-config', 'nope.mjs'], repo.dir);
    expect(flag.stderr).toBe(
      `upkeep: --eslint-config ${join(repo.dir, 'nope.mjs')}: file not found; give the path of an ESLint flat config file\n`,
    );
  });
});
