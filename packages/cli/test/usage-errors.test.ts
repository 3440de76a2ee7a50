import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import type { CliIo } from '../src/io.js';
import { runCli } from '../src/program.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

/** The CLI in-process, as the bin runs it. */
async function cli(args: string[], cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { NO_COLOR: '1' },
    cwd,
  };
  return { status: await runCli(args, io), stdout, stderr };
}

describe('unknown subcommands', () => {
  it('suggest the command a typo meant, at every level', async () => {
    expect(await cli(['codemod', 'renam'], '/')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'upkeep: unknown command "renam" for upkeep codemod: did you mean upkeep codemod rename? (see upkeep codemod --help)\n',
    });
    expect(await cli(['codemod', 'dead'], '/')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'upkeep: unknown command "dead" for upkeep codemod: did you mean upkeep codemod dead-code? (see upkeep codemod --help)\n',
    });
    expect(await cli(['scor', '--quiet'], '/')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'upkeep: unknown command "scor" for upkeep: did you mean upkeep score? (see upkeep --help)\n',
    });
  });

  it('list the commands there are when nothing is close', async () => {
    expect(await cli(['codemod', 'frobnicate'], '/')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'upkeep: unknown command "frobnicate" for upkeep codemod: the commands of upkeep codemod are rename, dead-code, run (see upkeep codemod --help)\n',
    });
    expect((await cli(['frobnicate'], '/')).stderr).toBe(
      'upkeep: unknown command "frobnicate" for upkeep: the commands of upkeep are score, diff, gate, comment, notify, trend, codemod (see upkeep --help)\n',
    );
  });
});

describe('--out into a directory that does not exist', () => {
  it('fails before any analysis, naming the directory, for every command that writes a report', async () => {
    const repo = createTempRepo({ 'src/a.js': 'export const a = 1;\n' });
    repos.push(repo);
    repo.commit('one');
    const cases: [string[], string][] = [
      [
        ['score', '--out', 'reports/score.json'],
        'upkeep: --out reports/score.json: the directory reports does not exist; create it first or write elsewhere\n',
      ],
      [
        ['trend', '--out', 'out/q/trend.html'],
        'upkeep: --out out/q/trend.html: the directory out/q does not exist; create it first or write elsewhere\n',
      ],
      [
        ['diff', '--base', 'HEAD', '--worktree', '--out', 'nope/delta.json'],
        'upkeep: --out nope/delta.json: the directory nope does not exist; create it first or write elsewhere\n',
      ],
      [['score', '--out', 'src/a.js/x.json'], 'upkeep: --out src/a.js/x.json: src/a.js is not a directory\n'],
      [
        ['score', '--out', '/no-such-upkeep-dir/x.json'],
        'upkeep: --out /no-such-upkeep-dir/x.json: the directory /no-such-upkeep-dir does not exist; create it first or write elsewhere\n',
      ],
    ];
    for (const [args, stderr] of cases) expect(await cli(args, repo.dir)).toEqual({ status: 2, stdout: '', stderr });
    // nothing was analyzed: no cache, no previous run
    expect(existsSync(join(repo.dir, '.upkeep'))).toBe(false);
  });
});
