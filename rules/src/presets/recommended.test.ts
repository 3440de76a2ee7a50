import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryOf } from '../categories.js';
import { configs } from './configs.js';

let cwd: string;
let eslint: ESLint;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'upkeep-recommended-'));
  eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: configs.recommended });
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

/** "line:ruleId:category" of every message, in ESLint's order. */
async function lint(text: string, fileName: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: join(cwd, fileName) });
  return (result?.messages ?? []).map((message) => {
    const category = message.ruleId === null ? 'fatal' : categoryOf(message.ruleId);
    return `${message.line}:${message.ruleId ?? 'parse'}:${category}`;
  });
}

describe('the recommended preset on JavaScript', () => {
  it('lints a CommonJS module with callbacks', async () => {
    const text = [
      "var fs = require('fs');",
      'function load(path, cb) {',
      "  if (path == '') return cb(new Error('empty'));",
      '  fs.readFile(path, function (err, data) {',
      '    if (err) { return cb(err); } else { cb(null, data); }',
      '  });',
      '}',
      'module.exports = { load: load };',
    ].join('\n');
    expect(await lint(text, 'loader.cjs')).toEqual([
      '1:no-var:C',
      '2:consistent-return:R',
      '3:eqeqeq:W',
      '4:consistent-return:R',
      '5:no-else-return:R',
    ]);
  });

  it('lints an ES module with JSX in a .js file', async () => {
    const text = [
      "import React from 'react';",
      "import { useState } from 'react';",
      'export function Counter({ start }) {',
      '  const [count, setCount] = useState(start);',
      "  let button_label = 'Count';",
      '  if (count == undefined) return null;',
      '  return <button onClick={() => setCount(count + 1)}>{button_label}: {count}</button>;',
      '}',
    ].join('\n');
    expect(await lint(text, 'counter.js')).toEqual([
      '2:no-duplicate-imports:W',
      '5:@upkeep/identifier-naming:C',
      '5:prefer-const:C',
      '6:eqeqeq:W',
    ]);
  });

  it('lints legacy script habits', async () => {
    const text = [
      'var total = 0;',
      'function add(a, b, c, d, e, f) { total += a + b + c + d + e + f; }',
      "setTimeout('add(1, 2, 3, 4, 5, 6)', 10);",
      "if (typeof total === 'numbr') { undefinedThing(); }",
      'with (Math) { total = max(total, PI); }',
      'return total;',
    ].join('\n');
    expect(await lint(text, 'legacy.cjs')).toEqual([
      '1:no-var:C',
      '2:max-params:R',
      '2:no-unused-vars:W', // a function called only through a string is unused
      '3:no-implied-eval:W',
      '4:valid-typeof:E',
      '4:no-undef:E',
      '5:no-with:W',
      '5:no-undef:E', // inside `with`, max and PI cannot be resolved
      '5:no-undef:E',
    ]);
  });

  it('parses .js as a module, where a top-level return is a syntax error', async () => {
    const text = "const done = true;\nif (done) return;\nconsole.log('not done');\n";
    expect(await lint(text, 'script.js')).toEqual(['2:parse:fatal']);
    expect(await lint(text, 'script.cjs')).toEqual([]);
  });

  it('ignores snake_case properties and a classic-runtime React import', async () => {
    const text = "import React from 'react';\nexport default { host_name: 'localhost', view: <div /> };\n";
    expect(await lint(text, 'config.jsx')).toEqual([]);
    expect(await lint("export default { host_name: 'localhost' };\n", 'config.mjs')).toEqual([]);
  });

  it('knows both Node and browser globals', async () => {
    const text =
      "document.title = process.env.TITLE ?? __dirname;\nwindow.setTimeout(() => console.log(Buffer.from('x')), 1);\n";
    expect(await lint(text, 'globals.js')).toEqual([]);
  });
});

describe('the recommended preset on TypeScript', () => {
  it('lints with typescript-eslint rules and no tsconfig', async () => {
    const text = [
      "import type { Request } from './types';",
      "import { handle } from './types';",
      'export function serve(req: Request, options: any): string {',
      '  var result = handle(req);',
      '  if (options.verbose) {',
      '    console.log(result);',
      '  } else {',
      "    if (options.quiet) { return ''; }",
      '  }',
      '  return result;',
      '}',
    ].join('\n');
    expect(await lint(text, 'service.ts')).toEqual([
      '3:@typescript-eslint/no-explicit-any:C',
      '4:no-var:C',
      '8:no-lonely-if:R',
    ]);
  });

  it('leaves undefined names to the compiler and reports TypeScript-specific problems', async () => {
    const text = [
      'namespace Legacy {',
      '  export const value = undeclared;',
      '}',
      "const fs = require('fs');",
      'export const size = (input: string): number => {',
      '  const unused = 1;',
      '  return input.length + fs.size + Legacy.value;',
      '};',
    ].join('\n');
    expect(await lint(text, 'legacy.ts')).toEqual([
      '1:@typescript-eslint/no-namespace:C',
      '4:@typescript-eslint/no-require-imports:C',
      '6:@typescript-eslint/no-unused-vars:W',
    ]);
  });

  it('parses TSX', async () => {
    const text = 'export const Title = ({ text }: { text: string }) => <h1>{text}</h1>;\n';
    expect(await lint(text, 'title.tsx')).toEqual([]);
  });
});
