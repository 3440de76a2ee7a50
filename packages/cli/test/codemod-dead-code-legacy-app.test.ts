import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, inProcessCli, type TempRepo } from '@upkeep/test-utils';
import { runCli } from '../src/program.js';

const upkeep = inProcessCli(runCli);

const LEGACY_APP = join(import.meta.dirname, '../../../examples/legacy-app');

describe('upkeep codemod dead-code on examples/legacy-app', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = createTempRepo();
    cpSync(LEGACY_APP, repo.dir, { recursive: true, filter: (path) => !path.includes('node_modules') });
    repo.commit('legacy-app');
  });
  afterAll(() => repo.cleanup());

  it('--dry-run lists every kind, keeps the dynamically loaded plugin and the names of the unparsable file, writes nothing', async () => {
    const run = await upkeep(['codemod', 'dead-code', '--dry-run', '--no-score'], repo.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'removed: 12 unused imports, 9 unused locals, 2 unreachable statements, 1 unused private member, 19 unused exports, 1 unreachable file   kept: 2 non-code-mention, 1 dynamic-import, 2 unparsable-user',
    );
    expect(run.stdout).toContain(
      'src/plugins/bulk_discount_plugin.js:1 files: src/plugins/bulk_discount_plugin.js: dynamic-import: src/dataservice/adder_plugin.js:28 loads "src/plugins/*_plugin.js"',
    );
    expect(run.stdout).toContain('src/util/money_util.js:51 exports: to_pence: unparsable-user');
    expect(run.stdout).toContain('src/util/str_util.js:51 exports: pad_right: unparsable-user');
    expect(run.stdout).toContain('left untouched (do not parse): src/report/monthly_export.js');
    expect(run.stdout).toContain('--- a/src/legacy/fax_sender.js\n+++ /dev/null');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('applies with --verify: the tests still pass, the type check adds no error, the score rises, and a second run finds nothing', async () => {
    const run = await upkeep(['codemod', 'dead-code', '--verify', 'node --test test/', '--format', 'json'], repo.dir);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as {
      status: string;
      verification: { tests: { after: { exitCode: number } | null } | null; typeCheck: { introduced: unknown[] } };
      score: { total: { before: number; after: number } };
      details: { counts: Record<string, number> };
    };
    expect(result.status).toBe('applied');
    expect(result.verification.tests?.after?.exitCode).toBe(0);
    expect(result.verification.typeCheck.introduced).toEqual([]);
    expect(result.score.total.after).toBeGreaterThan(result.score.total.before);
    // each thing once: the functions behind the removed `module.exports = { … }` properties count as exports only
    expect(result.details.counts).toEqual({
      imports: 12,
      locals: 9,
      unreachable: 2,
      members: 1,
      exports: 19,
      files: 1,
      params: 0,
    });
    expect(existsSync(join(repo.dir, 'src/legacy/fax_sender.js'))).toBe(false);
    expect(existsSync(join(repo.dir, 'src/plugins/bulk_discount_plugin.js'))).toBe(true);
    expect(readFileSync(join(repo.dir, 'src/admin/invoice_view.jsx'), 'utf8')).toContain(
      'function h(tag, attrs, ...children)',
    );
    expect(readFileSync(join(repo.dir, 'src/report/monthly_export.js'), 'utf8')).toBe(
      readFileSync(join(LEGACY_APP, 'src/report/monthly_export.js'), 'utf8'),
    );
    const tests = spawnSync(process.execPath, ['--test', 'test/'], { cwd: repo.dir, encoding: 'utf8' });
    expect(tests.status).toBe(0);
    execFileSync('git', ['add', '-A'], { cwd: repo.dir });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'dead code removed'], {
      cwd: repo.dir,
    });
    const again = await upkeep(['codemod', 'dead-code', '--no-score', '--format', 'json'], repo.dir);
    expect(JSON.parse(again.stdout).status).toBe('unchanged');
  });

  it('rejects an unknown --only kind as a usage error', async () => {
    const run = await upkeep(['codemod', 'dead-code', '--only', 'imports,classes'], repo.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown kind classes');
  });
});
