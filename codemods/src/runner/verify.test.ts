import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ts } from './engine.js';
import { syntaxErrors } from './verify.js';

/** What `ts.transpileModule` reports for a file: the reference the parse check must agree with. */
function transpileErrors(path: string, text: string): string[] {
  const extension = extname(path).toLowerCase();
  const result = ts.transpileModule(text, {
    fileName: extension === '.js' ? path.replace(/\.js$/i, '.jsx') : path,
    reportDiagnostics: true,
    compilerOptions: { allowJs: true, noEmit: false, jsx: ts.JsxEmit.Preserve, target: ts.ScriptTarget.ESNext },
  });
  return (result.diagnostics ?? [])
    .filter((d) => d.category === ts.DiagnosticCategory.Error && d.file !== undefined && d.start !== undefined)
    .map(
      (d) =>
        `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    );
}

function modulesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) out.push(...modulesUnder(path));
    else if (/\.(c|m)?(j|t)sx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

describe('syntaxErrors', () => {
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  const files = [
    ...modulesUnder(join(repo, 'examples/legacy-app')),
    ...modulesUnder(join(repo, 'codemods/src/rename/__testfixtures__')),
  ];

  it('reports what transpileModule reports, on every module of the sample app and the rename fixtures', () => {
    expect(files.length).toBeGreaterThan(36);
    let broken = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const errors = syntaxErrors(file, text);
      expect(errors, file).toEqual(transpileErrors(file, text));
      if (errors.length > 0) broken += 1;
    }
    // the sample app plants exactly one file that does not parse
    expect(broken).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['a.ts', 'const x: number = ;'],
    ['a.js', 'const x: number = 1;'],
    ['a.js', 'const view = <div>{name}</div>;'],
    ['a.ts', 'const y = <number>z;'],
    ['a.tsx', 'const y = <number>z;'],
    ['a.mjs', 'export default function () { return 1 }\nconst a = ;\nlet b = (;'],
    ['a.ts', 'enum E { A, B }\nexport { E };'],
  ])('agrees with transpileModule on %s: %s', (path, text) => {
    expect(syntaxErrors(path, text)).toEqual(transpileErrors(path, text));
    // a second call (answered from memory) gives the same
    expect(syntaxErrors(path, text)).toEqual(transpileErrors(path, text));
  });
});
