import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isForbiddenName } from '@upkeep/eslint-plugin/naming';
import { openTsProject, ts } from '../runner/engine.js';
import type { CodemodContext } from '../runner/types.js';
import { renameCodemod } from './index.js';

// Random identifiers in one function (parameters and locals), many of them one case change away
// from a reserved word or from each other: the rename must never produce a reserved or forbidden
// name, never give two names of one scope the same name, and the function must compute the same.
const RISKY = [
  'Enum',
  'ENUM',
  'Package',
  'INTERFACE',
  'Private',
  'Yield',
  'Await',
  'Static',
  'Let',
  'Arguments',
  'Eval',
  'Implements',
  'Public',
  'Protected',
  'NaN_',
  'Infinity_',
];
const word = fc.oneof(fc.constantFrom(...RISKY), fc.stringMatching(/^[a-z]{1,5}$/), fc.stringMatching(/^[A-Z]{1,5}$/));
const identifier = fc
  .array(word, { minLength: 1, maxLength: 3 })
  .map((words) => words.join('_'))
  .filter(
    (name) =>
      /^[A-Za-z_$][\w$]*$/.test(name) &&
      !isForbiddenName(name, 'parameter') &&
      !isForbiddenName(name, 'variable') &&
      !['undefined', 'NaN', 'Infinity', 'module', 'exports', 'require'].includes(name),
  );

function program(params: string[], locals: string[]): string {
  const body = locals.map((name, i) => `  const ${name} = ${params[i % params.length]} * ${i + 2};`).join('\n');
  return `'use strict';\nfunction compute(${params.join(', ')}) {\n${body}\n  return [${[...params, ...locals].join(', ')}];\n}\nmodule.exports = { compute };\n`;
}

function declaredNames(text: string): string[] {
  const file = ts.createSourceFile('a.js', text, ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isParameter(node) || ts.isVariableDeclaration(node)) && ts.isIdentifier(node.name))
      names.push(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

function run(text: string, args: number[]): unknown {
  const module = { exports: {} as { compute?: (...a: number[]) => unknown } };
  vm.runInNewContext(text, { module, exports: module.exports });
  return JSON.stringify(module.exports.compute!(...args));
}

async function renamed(text: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'upkeep-rename-property-'));
  try {
    writeFileSync(join(root, 'package.json'), '{"name":"p","private":true}');
    writeFileSync(join(root, 'app.js'), text);
    let project: ReturnType<typeof openTsProject> | undefined;
    const context: CodemodContext = {
      root,
      paths: [],
      model: { files: ['app.js'], isFixture: () => false, notices: [] },
      project: async () => (project ??= openTsProject(root, () => [join(root, 'app.js')])),
      onProgress: () => undefined,
    };
    const plan = await renameCodemod().plan(context);
    return plan.changes.find((change) => change.path === 'app.js')?.after ?? text;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('rename of random identifiers (property-based)', () => {
  it('never produces a reserved or forbidden name, never a collision, and keeps the behaviour', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(identifier, { minLength: 2, maxLength: 7 }), async (names) => {
        const params = names.slice(0, Math.ceil(names.length / 2));
        const locals = names.slice(params.length);
        const before = program(params, locals);
        const after = await renamed(before);
        expect(() => new vm.Script(after)).not.toThrow();
        const declared = declaredNames(after);
        for (const name of declared) expect(isForbiddenName(name, 'variable'), `${name} in\n${after}`).toBe(false);
        expect(new Set(declared).size, after).toBe(declared.length);
        const args = params.map((_, i) => i + 1);
        expect(run(after, args)).toBe(run(before, args));
      }),
      { numRuns: 12 },
    );
  }, 600_000);
});
