// A file no entry reaches but that is kept all the same (a page loads it, a string in code names it,
// its header marks it, a computed require could load it) still runs, and so does what it imports.
// nodeca/js-yaml: support/demo_template/demo.js is kept (index.html names it) and requires ./base64,
// which was deleted as unreachable.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir } from '@upkeep/test-utils';
import { findDeadCode } from './find-dead-code.js';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const root = createTempDir('upkeep-dead-code-kept-roots-');
  temps.push(root);
  const all: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'kept-roots', main: 'index.js', scripts: { test: 'node test/t.js' } }),
    'index.js': "'use strict';\nmodule.exports = function main() { return 1; };\n",
    'test/t.js': "require('../index');\n",
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A'], { cwd: root });
  return root;
}

/** a helper module the kept file requires, with one export it reads and one nobody reads */
const HELPER = "'use strict';\nexports.encode = function encode(s) { return s; };\nexports.unused = 1;\n";

async function outcome(files: Record<string, string>): Promise<{ findings: string[]; kept: string[] }> {
  const result = await findDeadCode({ root: project(files) });
  return {
    findings: result.findings.map((f) => `${f.kind} ${f.path} ${f.name}`),
    kept: result.kept.filter((k) => k.kind === 'files').map((k) => `${k.reason} ${k.path}`),
  };
}

describe('dead-code: what a kept file imports is kept', () => {
  it('a script a page loads keeps the module it requires (and what the module exports that it reads)', async () => {
    const { findings, kept } = await outcome({
      'support/page/index.html': '<script src="demo.js"></script>\n',
      'support/page/demo.js': "var base64 = require('./base64');\nconsole.log(base64.encode('x'));\n",
      'support/page/base64.js': HELPER,
    });
    expect(kept).toEqual(['non-code-mention support/page/demo.js']);
    // base64.js is reached through the kept page script: only the export nobody reads goes
    expect(findings).toEqual(['exports support/page/base64.js unused']);
  });

  it('a file a string in code names keeps what it imports', async () => {
    const { findings, kept } = await outcome({
      'index.js': "'use strict';\nconst worker = 'tasks/job';\nmodule.exports = () => worker;\n",
      'tasks/job.js': "const { encode } = require('../lib/helper');\nencode('y');\n",
      'lib/helper.js': HELPER,
    });
    expect(kept).toEqual(['named-in-code tasks/job.js']);
    expect(findings).toEqual(['exports lib/helper.js unused']);
  });

  it('a file marked in its header keeps what it imports', async () => {
    const { findings, kept } = await outcome({
      'misc/keep.js': "// upkeep-keep: run by hand\nrequire('./util');\n",
      'misc/util.js': HELPER,
    });
    expect(kept).toEqual(['marked-keep misc/keep.js']);
    // a bare require reads no export by name: the module stays, its exports are unread
    expect(findings).toEqual(['exports misc/util.js encode', 'exports misc/util.js unused']);
  });

  it('files a computed require could load keep what they import', async () => {
    const { findings, kept } = await outcome({
      'index.js': "'use strict';\nmodule.exports = (name) => require(name);\n",
      'plugins/a.js': "require('../lib/helper').encode('z');\n",
      'lib/helper.js': HELPER,
    });
    expect(kept).toContain('dynamic-import plugins/a.js');
    expect(findings.filter((f) => f.startsWith('files '))).toEqual([]);
  });

  it('an orphan nothing names is still removed, with what only it imported', async () => {
    const { findings, kept } = await outcome({
      'old/orphan.js': "require('./only-mine');\n",
      'old/only-mine.js': HELPER,
    });
    expect(kept).toEqual([]);
    expect(findings).toEqual(['files old/only-mine.js old/only-mine.js', 'files old/orphan.js old/orphan.js']);
  });
});
