import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempDir, createTempRepo } from '@upkeep/test-utils';

/**
 * The README's install command, into a temporary npm prefix, then `upkeep` from PATH in a
 * repository that has nothing of upkeep: the packed CLI is self-contained (its workspace packages
 * and dependencies come with it) and does not reach back into this checkout.
 */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const VERSION = JSON.parse(readFileSync(join(ROOT, 'packages', 'cli', 'package.json'), 'utf8')).version;

describe('npm run install-cli', () => {
  const tmp = createTempDir('upkeep-install-');
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('installs an upkeep command that scores any other repository', () => {
    const prefix = join(tmp, 'prefix');
    const copy = join(tmp, 'cli');
    const install = spawnSync('npm', ['run', '--silent', 'install-cli', '--', '--prefix', prefix, '--dir', copy], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(install.status, install.stderr).toBe(0);
    expect(install.stdout).toContain(`upkeep installed from ${copy}`);
    // the copy names its workspace packages by version, not by a path into this checkout
    expect(readFileSync(join(copy, 'package.json'), 'utf8')).not.toContain('file:');

    const repo = createTempRepo({
      'src/a.js':
        'var total = 0;\nfunction add(x) {\n  total = total + x;\n  return total;\n}\nmodule.exports = { add };\n',
      'src/b.js': 'const { add } = require("./a");\nadd(2);\n',
    });
    repo.commit('base');
    // PATH: the prefix's bin first, the checkout's node_modules/.bin nowhere
    const env = {
      ...process.env,
      PATH: [
        join(prefix, 'bin'),
        ...(process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.startsWith(ROOT)),
      ].join(delimiter),
      NO_COLOR: '1',
    };
    try {
      const version = spawnSync('upkeep', ['--version'], { cwd: repo.dir, encoding: 'utf8', env });
      expect([version.status, version.stdout.trim()]).toEqual([0, VERSION]);
      const score = spawnSync('upkeep', ['score'], { cwd: repo.dir, encoding: 'utf8', env });
      expect(score.status, score.stderr).toBe(0);
      expect(score.stdout).toMatch(/^src\/a\.js: \d+\.\d\d\/10$/m);
      expect(score.stdout).toMatch(/^Your code has been rated at \d+\.\d\d\/10$/m);
    } finally {
      repo.cleanup();
    }
  });
});
