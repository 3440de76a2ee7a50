// Runs the TypeScript program (transpiled to CommonJS) and checks what it computes from the enums' keys.
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ts = require('typescript');
const dir = process.argv[2];
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'enum-passed-'));
try {
  for (const name of ['lib', 'modes']) {
    const source = fs.readFileSync(path.join(dir, 'src', `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
    fs.writeFileSync(path.join(out, `${name}.js`), outputText);
  }
  const { run } = require(path.join(out, 'modes.js'));
  assert.deepStrictEqual(run(), [['dry_run', 'full_scan'], true, 'low_level', 'dark_red', ['warm_tone', 'Cool'], 'first']);
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
