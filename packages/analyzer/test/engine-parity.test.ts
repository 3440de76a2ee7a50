// Differential test: both engines lint the same modules with the recommended preset and must give,
// per rule, the same messages (rule, line, column) and the same statement counts. The native rules
// that report the same problems at another column or line (OXLINT_POSITION_ONLY_RULES) are compared
// by their number of messages per module. Every known difference is listed in docs/engines.md.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { OXLINT_POSITION_ONLY_RULES } from '@upkeep/eslint-plugin/oxlint';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the benchmark's generator is plain JavaScript without declarations
import { generateProject } from '../../../bench/generate-project.mjs';
import type { LintFacts, LintInput } from '../src/lint/lint-spec.js';
import { EslintEngine } from '../src/lint/engines/eslint-engine.js';
import { OxlintEngine } from '../src/lint/engines/oxlint/run.js';
import type { LintEngine } from '../src/lint/engines/engine.js';
import type { FileEnvironment } from '../src/environment/types.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');

function modulesUnder(root: string, dir = root): LintInput[] {
  const inputs: LintInput[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) inputs.push(...modulesUnder(root, path));
    else if (/\.[cm]?[jt]sx?$/.test(name))
      inputs.push({ path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
  }
  return inputs;
}

async function lintWith(engine: LintEngine, inputs: LintInput[]): Promise<Map<string, LintFacts>> {
  const byPath = new Map<string, LintFacts>();
  for await (const outcome of engine.lintAll(inputs, 2)) byPath.set(outcome.path, outcome.facts);
  return byPath;
}

/** ESLint's remarks about directive comments: unused ones, unknown or removed rules, a multi-line -line comment. */
const DIRECTIVE_REMARK =
  /^(?:Unused eslint-|Definition for rule |Rule '.*' was removed|Rule ".*" is already configured|eslint-disable-line comment|Failed to parse JSON|'.*' is not a valid configuration for a global)/;

/**
 * "path rule line:column" of every message (with its text for ESLint's remarks about directives),
 * statement counts as "path #statements n"; for a rule whose native version reports elsewhere on
 * the same construct, "path rule ×n" (its count in the module).
 */
function observations(facts: Map<string, LintFacts>): string[] {
  const lines: string[] = [];
  for (const [path, fact] of [...facts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(`${path} #statements ${fact.statements}`);
    const counts = new Map<string, number>();
    for (const message of fact.messages) {
      const rule = message.fatal ? 'parse-error' : (message.ruleId ?? 'eslint-comment');
      if (rule in OXLINT_POSITION_ONLY_RULES) counts.set(rule, (counts.get(rule) ?? 0) + 1);
      else if (!message.fatal && DIRECTIVE_REMARK.test(message.message))
        lines.push(`${path} ${rule} ${message.line}:${message.column} ${message.message}`);
      else lines.push(`${path} ${rule} ${message.line}:${message.column}`);
    }
    for (const [rule, count] of counts) lines.push(`${path} ${rule} ×${count}`);
  }
  return lines.sort();
}

/** Differences docs/engines.md explains: a parse error's column (oxlint points at the marker's first character). */
function withoutKnown(lines: string[]): string[] {
  return lines.filter((line) => !/ parse-error \d+:\d+$/.test(line));
}

async function compare(
  root: string,
  inputs: LintInput[],
  environments?: Record<string, FileEnvironment>,
): Promise<{ oxlint: string[]; eslint: string[] }> {
  const spec = { root, eslintConfig: 'recommended', ...(environments ? { environments } : {}) };
  const [oxlint, eslint] = [
    await lintWith(new OxlintEngine(spec), inputs),
    await lintWith(new EslintEngine(spec), inputs),
  ];
  return { oxlint: withoutKnown(observations(oxlint)), eslint: withoutKnown(observations(eslint)) };
}

const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('oxlint and ESLint engines give the same messages', () => {
  it('on the bundled sample (examples/legacy-app)', { timeout: 240_000 }, async () => {
    const root = join(repoRoot, 'examples', 'legacy-app');
    const inputs = modulesUnder(root);
    expect(inputs.length).toBeGreaterThan(30);
    const { oxlint, eslint } = await compare(root, inputs);
    // no-redeclare: a method parameter named like a browser global (`status`) — see docs/engines.md
    const known = (line: string): boolean => line === 'src/dataservice/order_book.js no-redeclare 79:18';
    expect(oxlint.filter((line) => !known(line))).toEqual(eslint);
  });

  it(
    'on a generated legacy project (the benchmark generator, 120 modules of every kind)',
    { timeout: 300_000 },
    async () => {
      const scratch = mkdtempSync(join(tmpdir(), 'upkeep-parity-'));
      cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));
      const { outDir } = generateProject({ files: 120, seed: 5, outDir: join(scratch, 'project') }) as {
        outDir: string;
      };
      const inputs = modulesUnder(outDir).filter((input) => input.path.includes('/src/'));
      expect(inputs.length).toBe(120);
      const { oxlint, eslint } = await compare(outDir, inputs);
      // the position-only rules are really there, so their counts are compared
      expect(
        eslint.filter((line) => / (complexity|max-params|max-lines|no-else-return) ×\d+$/.test(line)).length,
      ).toBeGreaterThan(10);
      // no-redeclare of a built-in global in a .js file without import/export: oxlint scopes it as a
      // script, ESLint as a module (docs/engines.md); a run with the module's environment drops it
      const script = (line: string): boolean => / no-redeclare \d+:\d+$/.test(line) && /\.js /.test(line);
      expect(oxlint.filter((line) => !script(line))).toEqual(eslint.filter((line) => !script(line)));
      expect(eslint.filter(script)).toEqual([]);
    },
  );

  it(
    'with eslint-disable directives for the rules oxlint runs natively and those it runs in the JS plugin',
    { timeout: 240_000 },
    async () => {
      const inputs: LintInput[] = [
        {
          path: 'src/directives.js',
          text: [
            'const unused_a = 1; // eslint-disable-line no-unused-vars',
            '// eslint-disable-next-line no-unused-vars, @upkeep/identifier-naming -- kept',
            'const unused_b = 2;',
            'var c = 3; // eslint-disable-line no-var',
            '/* eslint-disable sonarjs/no-commented-code */',
            '// const old = computeIt(1, 2);',
            '/* eslint-enable sonarjs/no-commented-code */',
            '// const older = computeIt(3, 4);',
            '/* eslint-disable */',
            'var unused_d = 4;',
            '/* eslint-enable */',
            'var unused_e = 5;',
            'module.exports = { c };',
            '',
          ].join('\n'),
        },
        {
          path: 'src/directives.ts',
          text: [
            'const unusedA: number = 1; // eslint-disable-line @typescript-eslint/no-unused-vars',
            'const unusedB: number = 2;',
            'export const used = 3;',
            '',
          ].join('\n'),
        },
      ];
      const { oxlint, eslint } = await compare(repoRoot, inputs);
      expect(oxlint).toEqual(eslint);
      // the directives did silence something on both
      expect(eslint.filter((line) => /src\/directives\.js (no-unused-vars|no-var) /.test(line))).toEqual([
        'src/directives.js no-unused-vars 12:5',
        'src/directives.js no-var 12:1',
      ]);
    },
  );

  it('on the statement-count fixtures of every kind of file', { timeout: 240_000 }, async () => {
    const root = join(repoRoot, 'rules', 'src', 'statements', '__testfixtures__');
    const { oxlint, eslint } = await compare(root, modulesUnder(root));
    expect(oxlint).toEqual(eslint);
  });

  describe('on the constructs where a native rule judged differently (each kind, both engines)', () => {
    const env = (sourceType: FileEnvironment['sourceType'], globals: string[] = []): FileEnvironment => ({
      sourceType,
      globals: Object.fromEntries(globals.map((name) => [name, 'readonly' as const])),
      testFile: false,
    });
    const environments = {
      script: env('script'),
      commonjs: env('commonjs'),
      module: env('module'),
      mocha: env('module', ['describe', 'it']),
      mochaScript: env('script', ['describe', 'it']),
    };
    const lines = (...text: string[]): string => [...text, ''].join('\n');

    it(
      '`/* global */` and `/* exported */` comments: no-undef, no-global-assign, no-unused-vars, no-redeclare',
      { timeout: 240_000 },
      async () => {
        const globalComments = lines(
          '/* global hljs, counter:writable, unusedOne, describe */',
          '/*globals later*/',
          'hljs.configure({});',
          'hljs = null;',
          'counter = 2;',
          'later();',
        );
        const inputs: LintInput[] = [
          { path: 'src/docs.js', text: globalComments, environment: 'mochaScript' },
          { path: 'src/docs-module.mjs', text: globalComments, environment: 'mocha' },
          {
            path: 'test/spec.mjs',
            text: lines(
              '/* global describe, it */',
              "import { thing } from './thing.js';",
              "describe('thing', () => it('works', () => thing()));",
            ),
            environment: 'mocha',
          },
          {
            path: 'src/exported.js',
            text: lines('/* exported usedElsewhere */', 'function usedElsewhere() {}', 'function unused() {}'),
            environment: 'script',
          },
          // a module's (and a CommonJS module's) top-level names are not in the global scope, where
          // ESLint marks exported names: they stay unused (oxlint's host scopes these files as scripts)
          {
            path: 'src/exported-commonjs.js',
            text: lines('/* exported usedElsewhere */', 'function usedElsewhere() {}'),
            environment: 'commonjs',
          },
          {
            path: 'src/exported-module.js',
            text: lines('/* exported usedElsewhere */', 'function usedElsewhere() {}'),
            environment: 'module',
          },
          { path: 'src/off.js', text: lines('/* global hljs:off */', 'hljs.configure();'), environment: 'script' },
          { path: 'src/typed.ts', text: lines('/* global hljs */', 'export const x = hljs.version;') },
        ];
        const { oxlint, eslint } = await compare(repoRoot, inputs, environments);
        expect(oxlint).toEqual(eslint);
        // what ESLint finds there, so the comparison is not vacuous
        expect(
          eslint.filter((line) => /^src\/docs\.js (no-undef|no-global-assign|no-unused-vars|no-redeclare) /.test(line)),
        ).toEqual([
          'src/docs.js no-global-assign 4:1',
          'src/docs.js no-redeclare 1:46',
          'src/docs.js no-unused-vars 1:17',
          'src/docs.js no-unused-vars 1:35',
          'src/docs.js no-unused-vars 1:46',
        ]);
        expect(eslint.filter((line) => line.startsWith('test/spec.mjs no-redeclare'))).toEqual([
          'test/spec.mjs no-redeclare 1:11',
          'test/spec.mjs no-redeclare 1:21',
        ]);
        expect(eslint.filter((line) => line.startsWith('src/exported.js no-unused-vars'))).toEqual([
          'src/exported.js no-unused-vars 3:10',
        ]);
        expect(eslint.filter((line) => line.startsWith('src/exported-') && line.includes(' no-unused-vars '))).toEqual([
          'src/exported-commonjs.js no-unused-vars 2:10',
          'src/exported-module.js no-unused-vars 2:10',
        ]);
        expect(eslint.filter((line) => line.startsWith('src/off.js no-undef'))).toEqual(['src/off.js no-undef 2:1']);
      },
    );

    it(
      'no-shadow: a function or class expression named like the variable whose initializer holds it',
      { timeout: 240_000 },
      async () => {
        const text = lines(
          'var canonicalType = (exports.canonicalType = function canonicalType(value) {',
          '  return value;',
          '});',
          'const Legacy = (module.exports = function Legacy(options) {',
          '  return options;',
          '});',
          'const wrapped = wrap(function wrapped() {});',
          'const Klass = decorate(class Klass {});',
          'var direct = function direct() {};',
          'var fallback = exports.fallback || function fallback() {};',
          'function wrap(fn) {',
          '  return fn;',
          '}',
          'function decorate(value) {',
          '  return value;',
          '}',
          'module.exports = { direct, fallback, wrapped, Klass };',
        );
        const { oxlint, eslint } = await compare(
          repoRoot,
          [{ path: 'src/shadow.js', text, environment: 'commonjs' }],
          environments,
        );
        expect(oxlint).toEqual(eslint);
        expect(eslint.filter((line) => line.includes(' no-shadow '))).toEqual([
          'src/shadow.js no-shadow 1:55',
          'src/shadow.js no-shadow 4:43',
          'src/shadow.js no-shadow 7:31',
          'src/shadow.js no-shadow 8:30',
        ]);
      },
    );

    it(
      'no-var in TypeScript declarations; no-self-assign through `!`, `as`, `<T>` and `satisfies`',
      { timeout: 240_000 },
      async () => {
        const inputs: LintInput[] = [
          {
            path: 'types/index.d.mts',
            text: lines(
              'declare var top: number;',
              'declare global {',
              '  var inGlobal: number;',
              '}',
              'declare namespace knex {',
              '  var QueryBuilder: number;',
              '}',
              "declare module 'm' {",
              '  var inModule: number;',
              '}',
              'export { knex };',
            ),
          },
          {
            path: 'src/self.ts',
            text: lines(
              'export class C {',
              '  #a = 1;',
              '  b = 2;',
              '  self(): void {',
              '    this.#a = this!.#a;',
              '    this.b = this.b as number;',
              '    this.b = this.b!;',
              '    this.b = <number>this.b;',
              '    this.b = this.b satisfies number;',
              '    this.b = this.b;',
              '  }',
              '}',
            ),
          },
        ];
        const { oxlint, eslint } = await compare(repoRoot, inputs);
        expect(oxlint).toEqual(eslint);
        expect(eslint.filter((line) => / (no-var|no-self-assign) /.test(line))).toEqual([
          'src/self.ts no-self-assign 10:14',
          'types/index.d.mts no-var 1:1',
          'types/index.d.mts no-var 6:3',
          'types/index.d.mts no-var 9:3',
        ]);
      },
    );

    it(
      'sonarjs/no-commented-code parses comments with the module’s parser options (a top-level return in CommonJS)',
      { timeout: 240_000 },
      async () => {
        const text = lines(
          'class A {',
          '  double(precision) {',
          "    // if (!precision) return 'number'; // TODO: check the default",
          '    return precision;',
          '  }',
          '}',
          'function b() {',
          '  // callback(error);',
          '  return 1;',
          '}',
          'module.exports = { A, b };',
        );
        const inputs: LintInput[] = [
          { path: 'lib/compiler.js', text, environment: 'commonjs' },
          { path: 'lib/compiler.cjs', text, environment: 'commonjs' },
          { path: 'lib/compiler-module.js', text, environment: 'module' },
          { path: 'lib/compiler-script.js', text, environment: 'script' },
          { path: 'lib/compiler.ts', text },
        ];
        const spec = { root: repoRoot, eslintConfig: 'recommended', environments };
        const notes: string[] = [];
        for await (const outcome of new OxlintEngine(spec).lintAll(inputs, 2))
          if (outcome.note) notes.push(outcome.note);
        // the rule ran inside oxlint: no module went to ESLint because it failed there
        expect(notes).toEqual([]);
        const { oxlint, eslint } = await compare(repoRoot, inputs, environments);
        expect(oxlint).toEqual(eslint);
        // `return 'number';` parses as code where a top-level return is allowed (CommonJS; TypeScript's parser
        // always), `callback(error);` everywhere
        expect(eslint.filter((line) => line.includes('no-commented-code'))).toEqual([
          'lib/compiler-module.js sonarjs/no-commented-code 8:3',
          'lib/compiler-script.js sonarjs/no-commented-code 8:3',
          'lib/compiler.cjs sonarjs/no-commented-code 3:5',
          'lib/compiler.cjs sonarjs/no-commented-code 8:3',
          'lib/compiler.js sonarjs/no-commented-code 3:5',
          'lib/compiler.js sonarjs/no-commented-code 8:3',
          'lib/compiler.ts sonarjs/no-commented-code 3:5',
          'lib/compiler.ts sonarjs/no-commented-code 8:3',
        ]);
      },
    );

    it('no-useless-assignment: the variable a for…in or for…of loop assigns', { timeout: 240_000 }, async () => {
      const text = lines(
        'function overwritten(list) {',
        '  var item;',
        '  for (item of list) {',
        '    list.seen = true;',
        '  }',
        '  item = 2;',
        '  return item;',
        '}',
        'function counted(a, b) {',
        '  var prop,',
        '    j = 0;',
        '  for (prop in a) {',
        '    j++;',
        '  }',
        '  for (prop in b) {',
        '    if (b[prop] === undefined) j++;',
        '  }',
        '  return j;',
        '}',
        'function defaulted(cmd, desc) {',
        "  desc = desc + ' ' + cmd;",
        '  return cmd;',
        '}',
        'module.exports = { overwritten, counted, defaulted };',
      );
      const { oxlint, eslint } = await compare(
        repoRoot,
        [{ path: 'src/loops.js', text, environment: 'commonjs' }],
        environments,
      );
      expect(oxlint).toEqual(eslint);
      expect(eslint.filter((line) => line.includes(' no-useless-assignment '))).toEqual([
        'src/loops.js no-useless-assignment 21:3',
      ]);
    });

    it('max-nested-callbacks: an immediately invoked function is not a callback', { timeout: 240_000 }, async () => {
      const nested = (open: string, close: string): string[] => [
        open,
        '  a(function () {',
        '    b(function () {',
        '      c(function () {',
        '        d(function () {',
        '          e(function () {',
        '            return 1;',
        '          });',
        '        });',
        '      });',
        '    });',
        '  });',
        close,
      ];
      const text = lines(
        ...nested('(function () {', '})();'),
        ...nested('!function () {', '}();'),
        ...nested('wrap(function () {', '});'),
      );
      const { oxlint, eslint } = await compare(repoRoot, [{ path: 'test/unit/effects.js', text }]);
      expect(oxlint).toEqual(eslint);
      expect(eslint.filter((line) => line.includes(' max-nested-callbacks '))).toEqual([
        'test/unit/effects.js max-nested-callbacks 32:13',
      ]);
    });

    it(
      'no-prototype-builtins: as many per module (oxlint points at the start of the call)',
      { timeout: 240_000 },
      async () => {
        const text = lines(
          'const a = { b: {} };',
          "const own = a.hasOwnProperty('x');",
          "const deep = a.b.hasOwnProperty('x');",
          "const optional = a?.hasOwnProperty('x');",
          "const computed = a['hasOwnProperty']('x');",
          'const proto = (a).isPrototypeOf(a);',
          'export { own, deep, optional, computed, proto };',
        );
        const { oxlint, eslint } = await compare(repoRoot, [{ path: 'src/builtins.js', text }]);
        expect(oxlint).toEqual(eslint);
        expect(eslint).toContain('src/builtins.js no-prototype-builtins ×5');
      },
    );

    it('oxlint’s own directive comments silence nothing, as under ESLint', { timeout: 240_000 }, async () => {
      const text = lines(
        'function f(a) {',
        '  // oxlint-disable-next-line no-var',
        '  var b = a;',
        '  return b;',
        '}',
        '/* oxlint-disable */',
        'var c = 1;',
        '/* oxlint-enable */',
        "var d = 'oxlint-disable';",
        'module.exports = { f, c, d }; // oxlint-disable-line',
      );
      const { oxlint, eslint } = await compare(repoRoot, [{ path: 'src/oxlint-comments.js', text }]);
      expect(oxlint).toEqual(eslint);
      expect(eslint.filter((line) => line.includes(' no-var '))).toEqual([
        'src/oxlint-comments.js no-var 3:3',
        'src/oxlint-comments.js no-var 7:1',
        'src/oxlint-comments.js no-var 9:1',
      ]);
    });

    it(
      'eslint-disable comments that silence nothing, name rules ESLint does not define, or span lines, and inline configuration of a rule configured before: ESLint’s remarks, same text and place',
      { timeout: 240_000 },
      async () => {
        const js = lines(
          'var a = 1; // eslint-disable-line no-var',
          'var b = 2; // eslint-disable-line no-console',
          '// eslint-disable-next-line no-console, no-alert -- both unused',
          'var c = 3;',
          '/* eslint-disable-next-line no-console, no-alert, no-debugger */',
          'var d = 4;',
          "var e = 5; // eslint-disable-line no-var, 'no-console'",
          '/* eslint-disable no-bitwise */',
          'var f = a | b;',
          '/* eslint-enable no-bitwise */',
          '/* eslint-enable no-console */',
          'var g = 6; // eslint-disable-line promise/prefer-await-to-then, no-var',
          'var h = 7; // eslint-disable-line space-in-brackets',
          '/* eslint-disable-line',
          '   no-var */ var i = 8;',
          '/* eslint-disable */',
          'var j = 9; // eslint-disable-line react/no-danger',
          '/* eslint-enable */',
          '/* eslint-disable no-var */',
          '/* eslint-enable */',
          '/* eslint-disable sonarjs/no-identical-functions, @upkeep/identifier-naming */',
          '/* eslint-enable */',
          '// eslint-disable',
          '/* eslint no-eval: 0 */',
          '/* eslint no-eval: 0, nosuch-rule: 2 */',
          'module.exports = { c, d, e, f, g, h, i, j };',
        );
        const ts = lines(
          '// eslint-disable-next-line @typescript-eslint/no-explicit-any',
          'export const k: any = 1;',
          '// eslint-disable-next-line @typescript-eslint/no-non-null-assertion',
          'export const l = 2;',
          '/* eslint-disable */',
          '/* eslint-enable */',
          '/* eslint no-var */',
          '/* global jq: yes, ok: true */',
        );
        // chai-friendly's plugin is registered for test files only: by the preset's test globs, or
        // by the environment of a test file elsewhere
        const chai = lines('// eslint-disable-next-line chai-friendly/no-unused-expressions', 'expect(1).to.be.ok;');
        const inputs: LintInput[] = [
          { path: 'src/remarks.js', text: js, environment: 'commonjs' },
          { path: 'src/remarks.ts', text: ts, environment: 'module' },
          { path: 'test/remarks.spec.js', text: chai, environment: 'mocha' },
          { path: 'checks/remarks.js', text: chai, environment: 'mochaTests' },
          { path: 'src/chai.js', text: chai, environment: 'module' },
        ];
        const mochaTests = { ...env('module', ['describe', 'it', 'expect']), testFile: true };
        const { oxlint, eslint } = await compare(repoRoot, inputs, { ...environments, mochaTests });
        expect(oxlint).toEqual(eslint);
        const remarks = eslint.filter((line) =>
          / \d+:\d+ (Unused|Definition|Rule|eslint-disable-line|Failed to parse|'yes')/.test(line),
        );
        expect(remarks).toContain(
          'src/remarks.js eslint-comment 25:1 Rule "no-eval" is already configured by another configuration comment in the preceding code. This configuration is ignored.',
        );
        expect(remarks).toHaveLength(20);
        // a comment ESLint cannot read is a remark, not a module that does not parse
        expect(remarks.filter((line) => line.startsWith('src/remarks.ts') && / 7:1 /.test(line))).toEqual([
          expect.stringMatching(/^src\/remarks\.ts eslint-comment 7:1 Failed to parse JSON from 'no-var'/),
        ]);
        expect(remarks).toContain(
          "src/remarks.ts eslint-comment 8:1 'yes' is not a valid configuration for a global (use 'readonly', 'writable', or 'off')",
        );
        expect(remarks).toContain(
          "src/remarks.js eslint-comment 3:1 Unused eslint-disable directive (no problems were reported from 'no-console' or 'no-alert').",
        );
        expect(remarks).toContain(
          "src/remarks.js promise/prefer-await-to-then 12:12 Definition for rule 'promise/prefer-await-to-then' was not found.",
        );
        expect(remarks.filter((line) => line.includes('chai-friendly'))).toEqual([
          "checks/remarks.js eslint-comment 1:1 Unused eslint-disable directive (no problems were reported from 'chai-friendly/no-unused-expressions').",
          "src/chai.js chai-friendly/no-unused-expressions 1:1 Definition for rule 'chai-friendly/no-unused-expressions' was not found.",
          "test/remarks.spec.js eslint-comment 1:1 Unused eslint-disable directive (no problems were reported from 'chai-friendly/no-unused-expressions').",
        ]);
      },
    );

    it(
      'no-unassigned-vars, no-sparse-arrays and no-useless-escape as ESLint judges them; no-cond-assign and no-constant-condition as many',
      { timeout: 240_000 },
      async () => {
        const text = lines(
          'function f1(x) { var a; if (x) { var a = 1; return a; } return a; }',
          'function f2(x) { var b; var b = x; return b; }',
          'function f3(x) { var i; if (x) { for (var i in x) {} } return i; }',
          'function f4() { var k; return k; }',
          'function g(s) { while (s = s.parent) { s.x = 1; } if ((s = 2)) {} return s; }',
          "const s1 = '\\\\\\\"x';",
          'const t1 = `\\\\\\$`;',
          'const arr = [, , 1, , ];',
          'const arr2 = [',
          '  1',
          '  ,',
          '  , 2',
          '];',
          'module.exports = { f1, f2, f3, f4, g, s1, t1, arr, arr2 };',
        );
        const { oxlint, eslint } = await compare(
          repoRoot,
          [{ path: 'src/forms.js', text, environment: 'commonjs' }],
          environments,
        );
        expect(oxlint).toEqual(eslint);
        const of = (rule: string): string[] => eslint.filter((line) => line.includes(` ${rule} `));
        expect(of('no-unassigned-vars')).toEqual(['src/forms.js no-unassigned-vars 4:21']);
        expect(of('no-sparse-arrays')).toHaveLength(4);
        expect(of('no-useless-escape')).toEqual([
          'src/forms.js no-useless-escape 6:15',
          'src/forms.js no-useless-escape 7:15',
        ]);
        expect(of('no-cond-assign')).toEqual(['src/forms.js no-cond-assign ×1']);
      },
    );

    it(
      'a module that configures rules in comments, position-only rules under line directives, and U+2028 line separators',
      { timeout: 240_000 },
      async () => {
        // options and rules the preset does not turn on: oxlint took only the severity (the module is linted by ESLint)
        const configuring =
          '/* eslint max-params: ["error", 1] */\n/* eslint complexity: ["warn", 1] */\n/* eslint no-magic-numbers: 2, prefer-const: "error" */\n/* eslint max-depth: [2, {"max": 1}] */\nfunction f(a, b) {\n  if (a) { if (b) { return 3; } }\n  let q = 4;\n  return q;\n}\nf(1, 2);\n';
        // the directive sits on the line ESLint reports: oxlint's message (another line of the construct) was not silenced
        const positions =
          "function a(x) {\n  if (x) {\n    return 1;\n  } else { // eslint-disable-line no-else-return\n    return 2;\n  }\n}\nfunction b(x) {\n  if (x) {\n    return 1; // eslint-disable-line no-else-return\n  } else {\n    return 2;\n  }\n}\nfunction c(x, y, z, w) { // eslint-disable-line max-params\n  return x + y + z + w;\n}\nfunction d(\n  x, y, z, w, v) { // eslint-disable-line max-params\n  return x + y + z + w + v;\n}\na(); b(); c(); d();\nconst r = /\\x01/; // eslint-disable-line no-control-regex\nconst r2 = new RegExp(\n  '\\x01'); // eslint-disable-line no-control-regex\nconst o = {};\no.a.b.\n  hasOwnProperty('x'); // eslint-disable-line no-prototype-builtins\nmodule.exports = { r, r2 };\n";
        // oxlint counted lines by \\n only: after a U+2028, every message was on another line
        const separators =
          'var a = 1;\u2028var b = a; // eslint-disable-line no-var\nvar c = b;\u2029// eslint-disable-next-line no-var\nvar d = c;\nconsole.log(d);\n';
        const inputs: LintInput[] = [
          { path: 'src/configuring.js', text: configuring, environment: 'commonjs' },
          { path: 'src/positions.js', text: positions, environment: 'commonjs' },
          { path: 'src/separators.js', text: separators, environment: 'commonjs' },
        ];
        const { oxlint, eslint } = await compare(repoRoot, inputs, environments);
        expect(oxlint).toEqual(eslint);
        expect(
          eslint.filter((line) =>
            /^src\/configuring\.js (complexity|max-params|max-depth|no-magic-numbers) /.test(line),
          ),
        ).toEqual([
          'src/configuring.js complexity ×1',
          'src/configuring.js max-depth 6:12',
          'src/configuring.js max-params ×1',
          'src/configuring.js no-magic-numbers 10:3',
          'src/configuring.js no-magic-numbers 10:6',
          'src/configuring.js no-magic-numbers 6:28',
        ]);
        // compared by position here: the directives make where they point matter
        const spec = { root: repoRoot, eslintConfig: 'recommended', environments };
        const at = (facts: Map<string, LintFacts>): string[] =>
          [...facts.values()].flatMap((fact) => fact.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`)).sort();
        const [oxlintPositions, eslintPositions] = [
          await lintWith(new OxlintEngine(spec), inputs.slice(1, 2)),
          await lintWith(new EslintEngine(spec), inputs.slice(1, 2)),
        ];
        expect(at(oxlintPositions)).toEqual(at(eslintPositions));
        expect(eslint.filter((line) => line.startsWith('src/separators.js no-var'))).toEqual([
          'src/separators.js no-var 1:1',
          'src/separators.js no-var 3:1',
        ]);
      },
    );

    it('a module neither engine parses: one parse error, where ESLint puts it', { timeout: 240_000 }, async () => {
      // a strict-mode reserved word, used three times: oxlint's parser reports each
      const text = lines(
        "'use strict';",
        "const package = require('./package.json');",
        'console.log(package.name, package.version);',
      );
      const spec = { root: repoRoot, eslintConfig: 'recommended' };
      const inputs: LintInput[] = [{ path: 'src/reserved.js', text, environment: 'commonjs' }];
      const [oxlint, eslint] = [
        await lintWith(new OxlintEngine({ ...spec, environments }), inputs),
        await lintWith(new EslintEngine({ ...spec, environments }), inputs),
      ];
      expect(oxlint.get('src/reserved.js')).toEqual(eslint.get('src/reserved.js'));
      expect(eslint.get('src/reserved.js')!.messages).toEqual([
        expect.objectContaining({ ruleId: null, fatal: true, line: 2, column: 7 }),
      ]);
    });

    it(
      'no-duplicate-imports: as many per module (oxlint points at the source string)',
      { timeout: 240_000 },
      async () => {
        const text = lines(
          "import a from './x.js';",
          "import { b } from './x.js';",
          "import { c } from './x.js';",
          "import * as e from './y.js';",
          "import { f } from './y.js';",
          'export default [a, b, c, e, f];',
        );
        const { oxlint, eslint } = await compare(repoRoot, [{ path: 'src/imports.js', text }]);
        expect(oxlint).toEqual(eslint);
        // b and c repeat './x.js'; a namespace import and a named one of './y.js' cannot be merged
        expect(eslint.filter((line) => line.includes('no-duplicate-imports'))).toEqual([
          'src/imports.js no-duplicate-imports ×2',
        ]);
      },
    );
  });
});
