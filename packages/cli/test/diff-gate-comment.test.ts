import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, inProcessCli, type TempRepo } from '@upkeep/test-utils';
import { runCli } from '../src/program.js';
import { startFakeForge, type FakeForge } from '../../../reports/test/fake-forge.js';

const CONFIG = `export default [{ files: ['**/*.js'], rules: { 'no-debugger': 'error', eqeqeq: 'error' } }];\n`;
const UPKEEP_CONFIG = {
  include: ['src/**'],
  eslintConfig: 'eslint.config.mjs',
  categories: { 'no-debugger': 'E', eqeqeq: 'W' },
};
/** 4 statements, 1 warning: 7.50 */
const A = `const a = 1;\nconst b = 2;\nconsole.log(a == b);\nexport { a };\n`;
/** 7 statements, clean: 10.00 */
const B = `const c = 1;\nconst d = 2;\nconst e = 3;\nconst f = 4;\nconsole.log(c === d);\nconsole.log(e === f);\nexport { c };\n`;
const TOKEN = 'ghs_TOPSECRETtoken0123456789';

const repos: TempRepo[] = [];
const forges: FakeForge[] = [];
afterEach(async () => {
  for (const repo of repos.splice(0)) repo.cleanup();
  for (const forge of forges.splice(0)) await forge.close();
});

/**
 * main: a.js 7.50, b.js 10.00, total 11 statements and 1 warning: 9.09.
 * feature: b.js gets a debugger statement (E) and a warning: 9 statements, 10 - 6/9·10 = 3.33 (-6.67);
 * total 13 statements, 1 error and 2 warnings: 10 - 7/13·10 = 4.62 (-4.48).
 */
function project(config: object = UPKEEP_CONFIG): TempRepo {
  const repo = createTempRepo({
    'eslint.config.mjs': CONFIG,
    'upkeep.config.json': JSON.stringify(config),
    'src/a.js': A,
    'src/b.js': B,
    'README.md': '# x\n',
  });
  repos.push(repo);
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write({ 'src/b.js': `${B}debugger;\nconsole.log(c == 1);\n` });
  repo.commit('feature');
  return repo;
}

/** In-process, so the fake forge in this process answers it while the command awaits. */
const upkeep = inProcessCli(runCli);

function githubEnv(forge: FakeForge, dir: string): NodeJS.ProcessEnv {
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 42, head: { sha: 'f'.repeat(40) } } }));
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: forge.url,
    GITHUB_TOKEN: TOKEN,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
  };
}

describe('upkeep diff', () => {
  it('prints the change in pylint style and writes a Delta that validates against its schema', async () => {
    const repo = project();
    const text = await upkeep(['diff', '--base', 'main'], repo.dir);
    expect(text.stderr).toBe(
      'upkeep: nothing came from the analysis cache: this run analyzed all 3 modules; later runs lint only what changed\n',
    );
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("src/b.js:8:1: E no-debugger Unexpected 'debugger' statement.\n");
    expect(text.stdout).toContain("src/b.js:9:15: W eqeqeq Expected '===' and instead saw '=='.\n");
    expect(text.stdout).toMatch(/^src\/b\.js: 3\.33\/10 \(10\.00\/10 before, -6\.67\) {2}\[E 0→1, W 0→1\]$/m);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe(
      'Your code has been rated at 4.62/10 (9.09/10 before, -4.48)',
    );

    const json = await upkeep(['diff', '--base', 'main', '--format', 'json', '--out', 'delta.json'], repo.dir);
    expect([json.status, json.stdout, json.stderr]).toEqual([0, '', '']);
    const schema = JSON.parse(readFileSync(new URL('../../../schemas/delta.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const delta = JSON.parse(readFileSync(join(repo.dir, 'delta.json'), 'utf8'));
    expect(validate(delta), JSON.stringify(validate.errors)).toBe(true);
    expect(delta.modules.map((m: { path: string; change: string }) => [m.path, m.change])).toEqual([
      ['src/b.js', 'modified'],
    ]);
    // each ref as given (the default head is HEAD) beside the commit it named
    expect(delta.base).toEqual({ ref: 'main', commit: repo.git('rev-parse', 'main').trim() });
    expect(delta.head).toEqual({ kind: 'git', ref: 'HEAD', commit: repo.git('rev-parse', 'HEAD').trim() });
  });

  it('names the problem and exits 2 for an unknown base, base equal to head, and a bad --from', async () => {
    const repo = project();
    expect(await upkeep(['diff', '--base', 'nope'], repo.dir)).toMatchObject({
      status: 2,
      stderr: `upkeep: --base nope: not a branch, tag or commit of the repository at ${repo.dir}\n`,
    });
    expect((await upkeep(['diff', '--base', 'feature'], repo.dir)).stderr).toMatch(
      /^upkeep: --base feature and --head HEAD are the same commit \([0-9a-f]{12}\): there is no change to compare\n$/,
    );
    expect(await upkeep(['diff'], repo.dir)).toMatchObject({
      status: 2,
      stderr:
        'upkeep: --base is required (the branch the change goes into, e.g. --base origin/main), or --from delta.json\n',
    });
    writeFileSync(join(repo.dir, 'bad.json'), '{"schemaVersion": 9}');
    expect((await upkeep(['gate', '--from', 'bad.json'], repo.dir)).stderr).toMatch(
      /^upkeep: --from bad\.json: not an upkeep Delta \(at "schemaVersion": /,
    );
  });

  it('says so in one short comment when no JavaScript or TypeScript module changed', async () => {
    const repo = project();
    repo.write({ 'README.md': '# changed\n' });
    repo.commit('docs only');
    const run = await upkeep(['comment', '--base', 'HEAD~1', '--dry-run', '--quiet'], repo.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      '<!-- upkeep:pr-comment -->\n### upkeep: 4.62/10 → 4.62/10 (+0.00)\n\nNo JavaScript or TypeScript module changed: the scores stay as they were.\n',
    );
  });
});

describe('upkeep gate', () => {
  it('exits 1 listing each failed condition with the module and the numbers', async () => {
    const repo = project();
    const run = await upkeep(
      ['gate', '--base', 'main', '--quiet', '--fail-under', '5', '--max-module-drop', '0', '--no-new-errors'],
      repo.dir,
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        'upkeep gate failed: 3 conditions not met',
        '  the project is rated 4.62/10 after the change, under --fail-under 5',
        '  src/b.js: dropped 6.67 points (10.00/10 → 3.33/10), more than --max-module-drop 0',
        '  src/b.js: 1 new error (first: 8:1 no-debugger), --no-new-errors',
        '',
      ].join('\n'),
    );
  });

  it('takes the conditions from "gate" in upkeep.config.json and passes with one line', async () => {
    const repo = project({ ...UPKEEP_CONFIG, gate: { failUnder: 4.5, minNewModule: 9 } });
    const run = await upkeep(['gate', '--base', 'main', '--quiet'], repo.dir);
    expect([run.status, run.stdout]).toEqual([0, 'upkeep gate passed: 2 conditions met\n']);
    const bad = project({ ...UPKEEP_CONFIG, gate: { failUnder: 11 } });
    expect(await upkeep(['gate', '--base', 'main'], bad.dir)).toMatchObject({
      status: 2,
      stderr:
        'upkeep: upkeep.config.json: "gate.failUnder": expected a score from 0 to 10 (noNewErrors: true or false), got 11\n',
    });
    expect((await upkeep(['gate', '--base', 'main', '--max-module-drop', 'x'], repo.dir)).stderr).toBe(
      'upkeep: --max-module-drop expects a number of points from 0 to 10, got "x"\n',
    );
  });
});

describe('upkeep comment and diff --comment --gate against a GitHub API on 127.0.0.1', () => {
  it('creates the sticky comment, updates it on the next run, and fails the gate in the same run', async () => {
    const repo = project();
    const forge = await startFakeForge();
    forges.push(forge);
    const env = githubEnv(forge, mkdtempSync(join(tmpdir(), 'upkeep-gh-')));
    const first = await upkeep(['comment', '--base', 'main', '--quiet'], repo.dir, env);
    expect([first.status, first.stderr]).toEqual([0, '']);
    const second = await upkeep(
      ['diff', '--base', 'main', '--comment', '--gate', '--max-module-drop', '0'],
      repo.dir,
      env,
    );
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('upkeep: updated the comment on acme/shop#42 (https://forge.test/c/100)\n');
    // the text report on stdout shows the verdict: it is printed once, counting conditions
    expect(second.stdout).toContain('gate failed: 1 condition not met\n  src/b.js: dropped 6.67 points');
    expect(second.stdout + second.stderr).not.toContain('upkeep gate failed');
    expect(forge.comments).toHaveLength(1);
    expect(forge.comments[0]!.body).toContain('### upkeep: 9.09/10 → 4.62/10 (-4.48) · **gate failed**');
    expect(forge.comments[0]!.body).toContain(
      `](https://github.com/acme/shop/blob/${repo.git('rev-parse', 'feature').trim()}/src/b.js#L8)`,
    );
    expect(readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8')).toContain('| src/b.js | 10.00 | 3.33 | −6.67 ⚠ | 2 | 0 |');
  });

  it('without write permission (403) says so in one line, writes the job summary and exits 0', async () => {
    const repo = project();
    const forge = await startFakeForge();
    forges.push(forge);
    forge.script.push({ status: 403, body: { message: 'Resource not accessible by integration' } });
    const env = githubEnv(forge, mkdtempSync(join(tmpdir(), 'upkeep-gh-')));
    const run = await upkeep(['comment', '--base', 'main', '--quiet'], repo.dir, env);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'upkeep: the token may not comment on acme/shop#42 (403; a pull request from a fork gets a read-only token); the report is in the job summary\n',
    );
    expect(readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8')).toContain('### upkeep: 9.09/10 → 4.62/10 (-4.48)');
  });

  it('a rejected token (401) is a clear error that never prints the token, not even with UPKEEP_DEBUG', async () => {
    const repo = project();
    const forge = await startFakeForge();
    forges.push(forge);
    forge.script.push({ status: 401, body: { message: `Bad credentials: ${TOKEN}` } });
    const env = { ...githubEnv(forge, mkdtempSync(join(tmpdir(), 'upkeep-gh-'))), UPKEEP_DEBUG: '1' };
    const run = await upkeep(['diff', '--base', 'main', '--comment'], repo.dir, env);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(
      'upkeep: GitHub rejected the token (401 Bad credentials): check GITHUB_TOKEN or GH_TOKEN',
    );
    expect(run.stdout + run.stderr + readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8')).not.toContain(TOKEN);
  });

  it('names the missing CI variable in one line', async () => {
    const repo = project();
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_PATH: '',
      GITHUB_REPOSITORY: '',
      GITHUB_TOKEN: '',
      GH_TOKEN: '',
      GITLAB_CI: '',
    };
    expect(await upkeep(['comment', '--base', 'main', '--quiet'], repo.dir, env)).toMatchObject({
      status: 2,
      stderr:
        'upkeep: comment: GITHUB_REPOSITORY is not set (owner/repo of the pull request; GitHub Actions sets it)\n',
    });
    const gitlab = {
      ...env,
      GITHUB_ACTIONS: '',
      GITLAB_CI: 'true',
      CI_API_V4_URL: 'http://127.0.0.1:9/api/v4',
      CI_PROJECT_ID: '1',
      CI_MERGE_REQUEST_IID: '',
    };
    expect((await upkeep(['comment', '--base', 'main', '--quiet'], repo.dir, gitlab)).stderr).toBe(
      'upkeep: comment: CI_MERGE_REQUEST_IID is not set (set only in merge request pipelines: add rules: - if: $CI_PIPELINE_SOURCE == "merge_request_event")\n',
    );
  });
});
