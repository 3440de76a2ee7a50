// An expression kept for its effects becomes a statement of its own; where a statement would read it
// as something else (`{ a: f() }` a block, `function () {}.call(x)` a declaration, `class {}` a
// declaration) it goes in parentheses. Before, such edits did not parse and were dropped: 250 files of
// the synthetic 2,000-file project kept all their dead code with an internal error.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir } from '@upkeep/test-utils';
import { expressionStatement } from './edits.js';
import { findDeadCode } from './find-dead-code.js';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const root = createTempDir('upkeep-dead-code-kept-expr-');
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A'], { cwd: root });
  return root;
}

describe('expressions kept for their effects', () => {
  it('an unused local, an unused CommonJS export and a private member write keep their value as a statement that parses', async () => {
    const root = project({
      'package.json': '{ "name": "kept-expr", "version": "1.0.0", "main": "index.js" }',
      'index.js': [
        "const lib = require('./lib');",
        "const { Widget } = require('./widget');",
        '',
        'function measure(el) {',
        '  var summary = { width: el.offsetWidth };',
        '  var bound = function () { return this.offsetHeight; }.call(el);',
        '  var Named = class { static size = el.clientWidth; };',
        '  var plain = el.scrollTop;',
        '  return el;',
        '}',
        '',
        'module.exports = { measure, lib: lib.used, Widget };',
        '',
      ].join('\n'),
      'lib.js': 'exports.used = 1;\nexports.unused = { now: Date.now() };\n',
      'widget.ts': [
        'export class Widget {',
        '  private cache: unknown;',
        '  constructor() {',
        '    this.cache = { now: Date.now() };',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    const result = await findDeadCode({ root });
    expect(result.internalErrors).toEqual([]);
    expect(result.counts).toMatchObject({ locals: 4, exports: 1, members: 1 });
    expect(result.changes.get('index.js')?.after).toBe(
      [
        "const lib = require('./lib');",
        "const { Widget } = require('./widget');",
        '',
        'function measure(el) {',
        '  ({ width: el.offsetWidth });',
        '  (function () { return this.offsetHeight; }.call(el));',
        '  (class { static size = el.clientWidth; });',
        '  el.scrollTop;',
        '  return el;',
        '}',
        '',
        'module.exports = { measure, lib: lib.used, Widget };',
        '',
      ].join('\n'),
    );
    expect(result.changes.get('lib.js')?.after).toBe('exports.used = 1;\n({ now: Date.now() });\n');
    expect(result.changes.get('widget.ts')?.after).toBe(
      ['export class Widget {', '  constructor() {', '    ({ now: Date.now() });', '  }', '}', ''].join('\n'),
    );
  });

  it.each([
    ['{ a: f() }', '({ a: f() });'],
    ['function () {}.call(x)', '(function () {}.call(x));'],
    ['async function () {}()', '(async function () {}());'],
    ['class {}', '(class {});'],
    ['let [0]', '(let [0]);'],
    ['f()', 'f();'],
    ['el.offsetWidth', 'el.offsetWidth;'],
    ['functionName()', 'functionName();'],
    ['classify(x)', 'classify(x);'],
  ])('%s → %s', (text, statement) => {
    expect(expressionStatement(text)).toBe(statement);
  });
});
