// A module with a declaration file beside it (`config/index.js` + `config/index.d.ts`, as winstonjs/winston
// ships them): TypeScript resolves `require('./config')` to the `.d.ts`, Node loads the `.js`. What reads
// the one reads the other; before, the `.js` file looked unread and the public API of the package's entry
// (`exports.config = require('./winston/config')`) was removed, failing winston's own tests.
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
  const root = createTempDir('upkeep-dead-code-twins-');
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A'], { cwd: root });
  return root;
}

const CONFIG_JS =
  "'use strict';\nexports.cli = { a: 1 };\nexports.npm = { b: 2 };\nexports.addColors = function () {};\n";
const CONFIG_DTS =
  'export declare const cli: object;\nexport declare const npm: object;\nexport declare function addColors(): void;\n';

describe('dead-code: a module with its declaration file beside it', () => {
  it('keeps what an entry publishes through exports.ns = require(x) when x has a .d.ts twin', async () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'twins', main: './lib/main.js', scripts: { test: 'node test/t.js' } }),
      'lib/main.js': "'use strict';\nexports.config = require('./config');\n",
      'lib/main.d.ts': 'export * as config from "./config";\n',
      'lib/config/index.js': CONFIG_JS,
      'lib/config/index.d.ts': CONFIG_DTS,
      'test/t.js': "require('../lib/main');\n",
    });
    const result = await findDeadCode({ root });
    expect(result.findings.map((f) => `${f.kind} ${f.path} ${f.name}`)).toEqual([]);
    expect(result.changes.size).toBe(0);
  });

  it('still finds the exports nothing reads, through the twin', async () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'twins', main: './lib/main.js', scripts: { test: 'node test/t.js' } }),
      'lib/main.js': "'use strict';\nconst { npm } = require('./config');\nexports.levels = Object.keys(npm);\n",
      'lib/config/index.js': CONFIG_JS,
      'lib/config/index.d.ts': CONFIG_DTS,
      'test/t.js': "require('../lib/main');\n",
    });
    const result = await findDeadCode({ root });
    expect(result.findings.filter((f) => f.path === 'lib/config/index.js').map((f) => `${f.kind} ${f.name}`)).toEqual([
      'exports cli',
      'exports addColors',
    ]);
    // the declaration file is read too: it is never a file to delete
    expect(result.findings.filter((f) => f.kind === 'files')).toEqual([]);
  });
});
