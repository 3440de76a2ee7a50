// The small node:test project and the transforms the --verify tests share
// (codemod-verify.test.ts, codemod-verify-flaky.test.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempDir } from '@upkeep/test-utils';
import { expect } from 'vitest';

/** Eight CommonJS modules, each with two `var`s: src/m0.js … src/m7.js. */
export const MODULES: Readonly<Record<string, string>> = Object.fromEntries(
  Array.from({ length: 8 }, (_, i) => [
    `src/m${i}.js`,
    `var value${i} = ${i};\nfunction get${i}() {\n  var copy = value${i};\n  return copy;\n}\nmodule.exports = { get${i} };\n`,
  ]),
);

/** A package whose `npm test` is `node --test test/`, with two tests that call m0 and m5. */
export const NODE_TESTS: Readonly<Record<string, string>> = {
  'package.json': '{ "name": "t", "private": true, "scripts": { "test": "node --test test/" } }\n',
  'test/m.test.js':
    "const test = require('node:test');\nconst assert = require('node:assert');\ntest('m0', () => assert.equal(require('../src/m0').get0(), 0));\ntest('m5', () => assert.equal(require('../src/m5').get5(), 5));\n",
};

/** A jscodeshift-style transform in a folder outside the project (so that it does not transform itself); its path. */
export function transform(source: string): string {
  const dir = createTempDir('upkeep-transform-');
  writeFileSync(join(dir, 'transform.cjs'), source);
  return join(dir, 'transform.cjs');
}

/** var → let everywhere. */
export const VAR_TO_LET = transform("module.exports = (file) => file.source.replace(/\\bvar\\b/g, 'let');\n");

/** `upkeep codemod run <transform> <paths…> --no-score --format json --verify <command> [extra…]`. */
export function verifiedRunArgs(transformPath: string, paths: string[], verify: string, ...extra: string[]): string[] {
  return ['codemod', 'run', transformPath, ...paths, '--no-score', '--format', 'json', '--verify', verify, ...extra];
}

/**
 * The verdict of an isolation in which only the edit of `src/m6.js` breaks the tests: that edit
 * dropped for --verify, the seven others applied.
 */
export function expectOnlyM6Dropped(result: { dropped: unknown; groups: unknown }): void {
  expect(result.dropped).toEqual([
    expect.objectContaining({
      label: 'src/m6.js',
      reason: 'verify',
      detail: '--verify failed when included (exit code 1)',
    }),
  ]);
  expect(result.groups).toEqual({ planned: 8, applied: 7, dropped: 1 });
}
