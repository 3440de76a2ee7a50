/**
 * Every upkeep rule over every fixture file of the repository and over generated odd inputs
 * (very deep nesting, empty files, TS-only syntax in JS, decorators, `declare` blocks): no rule may
 * throw, whatever it is given. Parse errors are fine; a crash fails the run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { RULES, configs } from '../src/index.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', '.git', 'out', '.upkeep']);
const SOURCE = /\.(?:[cm]?[jt]sx?)$/u;

function fixtureFiles(dir: string, inFixtures: boolean, found: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const fixtures = inFixtures || /fixtures|examples/u.test(entry.name);
    if (entry.isDirectory()) fixtureFiles(path, fixtures, found);
    else if (fixtures && SOURCE.test(entry.name)) found.push(path);
  }
  return found;
}

const allUpkeepRules: Linter.Config = {
  name: 'every upkeep rule, tight limits',
  rules: {
    ...Object.fromEntries(Object.keys(RULES).map((id) => [`@upkeep/${id}`, 'error'])),
    '@upkeep/too-many-branches': ['error', { max: 0 }],
    '@upkeep/too-many-locals': ['error', { max: 0 }],
    '@upkeep/too-many-statements': ['error', { max: 0 }],
    '@upkeep/too-many-instance-attributes': ['error', { max: 0 }],
    '@upkeep/no-obsolete': [
      'error',
      {
        names: [
          { name: 'tax_rates_1999', reason: 'retired' },
          { name: 'old_tax_table', reason: 'retired' },
        ],
      },
    ],
  },
};

const eslint = new ESLint({
  cwd: repoRoot,
  overrideConfigFile: true,
  overrideConfig: [...configs.recommended, allUpkeepRules],
  ignore: false,
});

async function lintsWithoutCrash(text: string, filePath: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(text, { filePath: join(repoRoot, filePath), warnIgnored: false });
  return result?.messages ?? [];
}

const depth = 600;
const GENERATED: Array<[string, string]> = [
  ['empty.js', ''],
  ['only-comment.ts', '// nothing here\n'],
  ['deep-ifs.js', `function f(a) {\n${'if (a) {\n'.repeat(depth)}a();\n${'}\n'.repeat(depth)}}\n`],
  ['deep-logical.js', `if (${Array.from({ length: depth }, (_, i) => `a${i}`).join(' && ')}) {}\n`],
  ['deep-arrows.js', `const f = ${'() => '.repeat(depth)}1;\n`],
  ['deep-try.js', `function f() {\n${'try {\n'.repeat(200)}JSON.parse(x);\n${'} catch {}\n'.repeat(200)}}\n`],
  ['deep-classes.ts', `${'class A { m() { return '.repeat(200)}1${'; } }'.repeat(200)};\n`],
  ['ts-in-js.js', 'interface A { a: string }\nenum E { A }\nconst x: number = 1;\n'],
  ['decorators.ts', '@component({ a: 1 }) export class View { @input() user_name = ""; @output() on_change() {} }\n'],
  [
    'declare.ts',
    'declare module "legacy" { export function do_thing(a_b: string): void; }\ndeclare global { var __state__: unknown; }\ndeclare namespace ns_x { const y_z: number; }\n',
  ],
  [
    'jsx.jsx',
    'export const App = ({ items }) => <ul>{items.map((it) => <li key={it.id}>{it.tax_rates_1999 ? <b /> : null}</li>)}</ul>;\n',
  ],
  [
    'odd.ts',
    'export = class { constructor(private readonly a_b = 1, ...rest: number[]) {} };\nabstract class Q { abstract get x(): number; static { this.y = 1; } }\n',
  ],
  ['unicode.js', 'const área_total = 1; class Über_klasse { größe_x() {} }\nconst 数据 = "tax_rates_1999";\n'],
  ['broken.js', 'function ( {\n'],
];

describe('every upkeep rule', () => {
  const files = fixtureFiles(repoRoot, false, []);

  it('finds the repository fixture files', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('survives every fixture file of the repository', async () => {
    for (const file of files) {
      const messages = await lintsWithoutCrash(readFileSync(file, 'utf8'), relative(repoRoot, file));
      expect(
        messages.every((message) => message.ruleId !== null || message.fatal === true),
        file,
      ).toBe(true);
    }
  });

  it.each(GENERATED)('survives %s', async (name, text) => {
    await expect(lintsWithoutCrash(text, `generated/${name}`)).resolves.toBeInstanceOf(Array);
  });

  it('reports deep inputs with the right counts', async () => {
    const messages = await lintsWithoutCrash(GENERATED[3]![1], 'generated/deep-logical.js');
    expect(messages.filter((m) => m.ruleId === '@upkeep/too-many-boolean-expressions').map((m) => m.message)).toEqual([
      `This condition has too many boolean expressions (${depth}/5)`,
    ]);
  });
});
