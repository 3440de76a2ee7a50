import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyToFile, type FileOutcome, type TransformFunction } from '../../run-transform/apply.js';
import { parserFor } from '../../run-transform/parser.js';
import varToLetConst, { KEEP_REASONS } from './var-to-let-const.js';

const FIXTURES = fileURLToPath(new URL('./__testfixtures__/', import.meta.url));
const inputs = readdirSync(FIXTURES).filter((name) => /\.input\.[jt]sx?$/.test(name));

async function run(
  path: string,
  source: string,
): Promise<{ outcome: FileOutcome; stats: Record<string, number>; reports: string[] }> {
  const stats: Record<string, number> = {};
  const reports: string[] = [];
  const outcome = await applyToFile(
    varToLetConst as TransformFunction,
    path,
    source,
    parserFor(path, undefined, undefined),
    {},
    {
      stats: (name, quantity) => {
        stats[name] = (stats[name] ?? 0) + quantity;
      },
      report: (message) => reports.push(message),
    },
  );
  return { outcome, stats, reports };
}

function textOf(outcome: FileOutcome, source: string): string {
  if (outcome.kind === 'changed') return outcome.after;
  if (outcome.kind === 'unchanged') return source;
  throw new Error(`${outcome.kind}: ${outcome.message}`);
}

describe('var-to-let-const fixtures (<behaviour>.input → .output)', () => {
  it.each(inputs)('%s', async (name) => {
    const source = readFileSync(join(FIXTURES, name), 'utf8');
    const expected = readFileSync(join(FIXTURES, name.replace('.input.', '.output.')), 'utf8');
    const first = await run(name, source);
    expect(textOf(first.outcome, source)).toBe(expected);
    expect(first.outcome.kind).toBe(expected === source ? 'unchanged' : 'changed');
    // idempotent: the output is left as it is
    const second = await run(name, expected);
    expect(second.outcome.kind).toBe('unchanged');
  });
});

/** Runs a CommonJS file with Node (in a directory of its own, outside this ES package); its stdout, or the error's first line. */
function runNode(source: string): { ok: boolean; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'v2lc-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}');
    writeFileSync(join(dir, 'file.js'), source);
    return {
      ok: true,
      out: execFileSync(process.execPath, ['file.js'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    };
  } catch (error) {
    return {
      ok: false,
      out:
        String((error as { stderr?: string }).stderr ?? error)
          .split('\n')
          .find((line) => /Error/.test(line)) ?? '',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('var-to-let-const fixtures behave the same before and after (run with Node)', () => {
  const runnable = inputs.filter(
    (name) => name.endsWith('.js') && runNode(readFileSync(join(FIXTURES, name), 'utf8')).ok,
  );
  it('runs the fixtures written as programs', () => {
    expect(runnable).toEqual(
      expect.arrayContaining([
        'read-before-declaration.input.js',
        'sloppy-commonjs.input.js',
        'own-require.input.js',
        'must-not-change.input.js',
        'optional-catch-binding.input.js',
      ]),
    );
  });
  it.each(runnable)('%s', (name) => {
    const before = runNode(readFileSync(join(FIXTURES, name), 'utf8'));
    const after = runNode(readFileSync(join(FIXTURES, name.replace('.input.', '.output.')), 'utf8'));
    expect(after).toEqual(before);
  });
});

describe('var-to-let-const decisions', () => {
  it('keeps a var read by a hoisted function that can run before it, with its reason', async () => {
    const { stats, reports } = await run(
      'a.js',
      readFileSync(join(FIXTURES, 'read-before-declaration.input.js'), 'utf8'),
    );
    expect(stats['kept: read-before-declaration']).toBe(4);
    expect(reports).toContain(`line 7: var prefix kept: ${KEEP_REASONS['read-before-declaration']}`);
    expect(reports).toContain(`line 17: var ready kept: ${KEEP_REASONS['read-before-declaration']}`);
    expect(reports).toContain(`line 30: var tag kept: ${KEEP_REASONS['read-before-declaration']}`);
    expect(reports).toContain(`line 39: var factor kept: ${KEEP_REASONS['read-before-declaration']}`);
  });

  it('treats AMD files and files declaring their own require as scripts, CommonJS by require(literal) and exports', async () => {
    const keptGlobal = async (source: string): Promise<number> =>
      (await run('f.js', source)).stats['kept: script-global'] ?? 0;
    expect(await keptGlobal("var a = 1;\ndefine(['x'], function (x) { return a + x; });\n")).toBe(1);
    expect(await keptGlobal("var a = 1;\nrequire(['x'], function (x) { return a + x; });\n")).toBe(1);
    expect(await keptGlobal("var a = 1;\nfunction require(n) { return n; }\nrequire('x');\n")).toBe(1);
    expect(await keptGlobal('var a = 1;\nvar module = {};\nmodule.exports = a;\n')).toBe(2);
    expect(await keptGlobal("var a = require('x');\nconsole.log(a);\n")).toBe(0);
    expect(await keptGlobal('var a = 1;\nmodule.exports = a;\n')).toBe(0);
    expect(await keptGlobal('var a = 1;\nexports.a = a;\n')).toBe(0);
    expect(await keptGlobal('var a = 1;\nconsole.log(exports.a, a);\n')).toBe(1);
  });

  it('parses CommonJS as a script: sloppy-mode code is transformed, not reported unparsable', async () => {
    const source =
      "var package = require('p');\nfunction f() { with (package) { console.log(name); } }\nmodule.exports = 010;\n";
    expect(textOf((await run('legacy.js', source)).outcome, source)).toBe(
      source.replace('var package', 'const package'),
    );
  });

  it('counts every conversion by kind', async () => {
    const { stats } = await run('a.js', readFileSync(join(FIXTURES, 'let-when-reassigned.input.js'), 'utf8'));
    expect(stats).toEqual({ 'var → let': 5, 'var → const': 3 });
  });

  it('says why each var of the must-not-change fixture is kept', async () => {
    const { stats, reports } = await run('a.js', readFileSync(join(FIXTURES, 'must-not-change.input.js'), 'utf8'));
    expect(stats).toEqual({
      'kept: script-global': 1,
      'kept: used-before-declaration': 2,
      'kept: redeclared': 2,
      'kept: closure-in-loop': 2,
      'kept: loop-without-initializer': 1,
      'kept: single-statement-body': 1,
      'kept: eval-or-with': 1,
      'kept: used-outside-block': 1,
    });
    expect(reports).toContain(`line 2: var appName kept: ${KEEP_REASONS['script-global']}`);
    expect(reports).toContain(`line 6: var counter kept: ${KEEP_REASONS['used-before-declaration']}`);
    expect(reports).toContain(`line 50: var size kept: ${KEEP_REASONS['used-outside-block']}`);
  });

  it('converts a top-level var of a module but not of a script', async () => {
    expect(textOf((await run('m.mjs', 'var a = 1;\nconsole.log(a);\n')).outcome, '')).toBe(
      'const a = 1;\nconsole.log(a);\n',
    );
    expect((await run('s.js', 'var a = 1;\nconsole.log(a);\n')).outcome.kind).toBe('unchanged');
  });

  it('keeps a var whose initializer reads a later var of the same declaration', async () => {
    const source = 'exports.f = function () {\n  var a = b, b = 1;\n  return a;\n};\n';
    expect((await run('x.js', source)).outcome.kind).toBe('unchanged');
  });

  it('treats JSX uses as uses', async () => {
    const source =
      "import React from 'react';\nexport function App() {\n  if (true) {\n    var Title = () => null;\n  }\n  return <Title />;\n}\n";
    expect((await run('app.jsx', source)).outcome.kind).toBe('unchanged');
  });
});
