// What a jscodeshift transform says with api.report(message): under one heading, a line each,
// never a heading with nothing under it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir, createTempRepo, inProcessCli, type TempRepo } from '@upkeep/test-utils';
import { runCli } from '../src/program.js';

const upkeep = inProcessCli(runCli);
const HEADING = 'reported by the transform:';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

/** A dry run of a transform whose body (with `file` and `api`) reports something, over three files. */
async function reportsOf(body: string, files = 3): Promise<{ stdout: string; json: { reports: unknown[] } }> {
  const repo = createTempRepo(
    Object.fromEntries(Array.from({ length: files }, (_, i) => [`src/f${i}.js`, `var x${i} = ${i};\n`])),
  );
  repos.push(repo);
  repo.commit('initial');
  const dir = createTempDir('upkeep-transform-');
  const transform = join(dir, 'reporting.cjs');
  writeFileSync(
    transform,
    `module.exports = (file, api) => {\n${body}\nreturn file.source.replace('var', 'let');\n};\n`,
  );
  const text = await upkeep(['codemod', 'run', transform, '--no-score', '--dry-run'], repo.dir);
  expect(text.status, text.stderr).toBe(0);
  const json = await upkeep(['codemod', 'run', transform, '--no-score', '--dry-run', '--format', 'json'], repo.dir);
  expect(json.status, json.stderr).toBe(0);
  return { stdout: text.stdout, json: (JSON.parse(json.stdout) as { details: { reports: unknown[] } }).details };
}

describe('codemod run: what the transform reported', () => {
  it.each([
    ["api.report('')", 'an empty string'],
    ["api.report('   \\n\\t')", 'blanks only'],
    ['api.report()', 'nothing'],
    ['api.report(null)', 'null'],
  ])('%s (%s): no heading, no report in JSON', async (call) => {
    const { stdout, json } = await reportsOf(`${call};`);
    expect(stdout).not.toContain(HEADING);
    expect(json.reports).toEqual([]);
    expect(stdout).toContain('3 file(s) transformed');
  });

  it('blank reports among real ones: the real ones under the heading, the blank ones left out', async () => {
    const { stdout, json } = await reportsOf(
      "api.report(file.path.endsWith('f1.js') ? 'kept a var: used before its declaration' : '');",
    );
    expect(stdout).toContain(`${HEADING}\n  src/f1.js: kept a var: used before its declaration\n`);
    expect(json.reports).toEqual([{ path: 'src/f1.js', message: 'kept a var: used before its declaration' }]);
  });

  it('a message over several lines stays under its file; an object is printed as Node prints it', async () => {
    const { stdout } = await reportsOf(
      "if (file.path.endsWith('f0.js')) api.report('two things:\\nfirst\\nsecond\\n'); if (file.path.endsWith('f2.js')) api.report({ renamed: 2 });",
    );
    expect(stdout).toContain(
      `${HEADING}\n  src/f0.js: two things:\n    first\n    second\n  src/f2.js: { renamed: 2 }\n`,
    );
  });

  it('many reports: the first 50, then how many more', async () => {
    const { stdout, json } = await reportsOf('for (let i = 0; i < 20; i += 1) api.report(`note ${i}`);', 3);
    expect(json.reports).toHaveLength(60);
    const lines = stdout.split('\n');
    const start = lines.indexOf(HEADING);
    expect(lines.slice(start + 1, start + 52).filter((line) => line.startsWith('  src/'))).toHaveLength(50);
    expect(lines[start + 51]).toBe('  … and 10 more (all in --format json)');
  });
});
