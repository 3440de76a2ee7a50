import { beforeAll, describe, expect, it } from 'vitest';
import { decideSourceType } from './detect.js';
import { prepareScanner, scanFile } from './file-facts.js';

beforeAll(() => prepareScanner());

const sourceType = (path: string, text: string, type: 'module' | 'commonjs' = 'commonjs'): string =>
  decideSourceType(path, scanFile(path, text), type).sourceType;

describe('module or script, as Node decides', () => {
  it.each([
    ['a.js', "import x from 'x';\nx();", 'commonjs', 'module'],
    ['a.js', "const x = require('x');\nx();", 'commonjs', 'commonjs'],
    ['a.js', 'console.log(import.meta.url);', 'commonjs', 'module'],
    ['a.js', 'var package = 1;\nwith (o) { f(0755); }', 'commonjs', 'script'],
    ['a.js', 'if (done) return;\nrun();', 'commonjs', 'commonjs'],
    ['a.js', 'await Promise.resolve();', 'commonjs', 'module'],
    ['a.js', "const s = `\nimport x from 'y'\n`;\nmodule.exports = s;", 'commonjs', 'commonjs'],
    ['a.js', 'var x = 1;', 'module', 'module'],
    ['a.mjs', 'var x = 1;', 'commonjs', 'module'],
    ['a.cjs', 'var x = 1;', 'module', 'commonjs'],
    ['a.ts', 'var x = 1;', 'commonjs', 'module'],
  ] as const)('%s %j in a %s package is a %s', (path, text, type, expected) => {
    expect(sourceType(path, text, type)).toBe(expected);
  });
});

describe('scanFile', () => {
  it('reads eslint-env comments, AMD defines, global assignments and what a script declares', () => {
    const facts = scanFile(
      'a.js',
      "/* eslint-env browser, mocha:false */\n/*eslint-env jquery*/\ndefine(['x'], function () {});\nvar a = 1, { b, c: [d] } = o;\nfunction f() {}\nclass K {}\nimplicitOne = implicitTwo = 2;\nglobal.expect = 1;\n",
    );
    expect(facts.envComments).toEqual(['browser', 'jquery']);
    expect(facts.amd).toBe(true);
    expect(facts.assignsGlobals).toEqual(['expect']);
    expect(facts.topLevel).toEqual(['K', 'a', 'b', 'd', 'f']);
    expect(facts.implicit).toEqual(['implicitOne', 'implicitTwo']);
  });
});
