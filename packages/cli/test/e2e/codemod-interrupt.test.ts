// Ctrl-C while the tests run on the changed tree: the test command is stopped, every file is
// restored byte for byte, the journal is gone, exit 130.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { UPKEEP_BIN, createTempDir, createTempRepo, readTree, type TempRepo } from '@upkeep/test-utils';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

it('Ctrl-C during verification restores every byte and exits 130', async () => {
  const repo = createTempRepo({
    'package.json': '{ "name": "t", "private": true }\n',
    ...Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [`src/m${i}.js`, `var value${i} = ${i};\r\nmodule.exports = value${i};\r\n`]),
    ),
  });
  repos.push(repo);
  repo.commit('initial');
  const before = readTree(repo.dir);
  const transforms = createTempDir('upkeep-transform-');
  writeFileSync(join(transforms, 't.cjs'), "module.exports = (file) => file.source.replace(/\\bvar\\b/g, 'let');\n");
  // hangs only on the changed tree
  const verify = `node -e "if (require('fs').readFileSync('src/m0.js', 'utf8').includes('let')) setInterval(() => {}, 1000)"`;
  const child = spawn(
    process.execPath,
    [UPKEEP_BIN, 'codemod', 'run', join(transforms, 't.cjs'), '--no-score', '--verify', verify],
    { cwd: repo.dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  // wait until the change is on disk and the command runs on it
  for (let i = 0; i < 600 && !readFileSync(join(repo.dir, 'src/m0.js'), 'utf8').includes('let'); i++)
    await new Promise((r) => setTimeout(r, 100));
  expect(readFileSync(join(repo.dir, 'src/m0.js'), 'utf8')).toContain('let');
  await new Promise((r) => setTimeout(r, 300));
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(stderr).toContain('interrupted; every file was restored byte for byte');
  const after = readTree(repo.dir);
  for (const [path, content] of Object.entries(before))
    if (!path.startsWith('.git/')) expect(after[path], path).toBe(content);
  expect(existsSync(join(repo.dir, '.upkeep/codemod-journal'))).toBe(false);
  expect(repo.git('status', '--porcelain')).toBe('');
});
