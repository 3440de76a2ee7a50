import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { factsOf, pluginCrash, type OxlintDiagnostic } from './diagnostics.js';

const require = createRequire(import.meta.url);
const scratch = mkdtempSync(join(tmpdir(), 'upkeep-oxlint-crash-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs the real oxlint CLI on one file with a JS plugin whose rule, loaded from `rulePath` (laid
 * out as the package it stands for), throws while linting; returns oxlint's diagnostics.
 */
function crashingRun(rulePath: string): OxlintDiagnostic[] {
  const dir = mkdtempSync(join(scratch, 'run-'));
  const ruleFile = join(dir, rulePath);
  mkdirSync(dirname(ruleFile), { recursive: true });
  writeFileSync(
    ruleFile,
    'module.exports = { meta: { type: "problem", schema: [] }, create() { return { Identifier() { null.name; } }; } };\n',
  );
  writeFileSync(
    join(dir, 'plugin.mjs'),
    `import { createRequire } from 'node:module';\nconst rule = createRequire(import.meta.url)(${JSON.stringify(ruleFile)});\nexport default { meta: { name: 'crash' }, rules: { boom: rule } };\n`,
  );
  writeFileSync(
    join(dir, '.oxlintrc.json'),
    JSON.stringify({ jsPlugins: [{ name: 'crash', specifier: './plugin.mjs' }], rules: { 'crash/boom': 'error' } }),
  );
  writeFileSync(join(dir, 'a.js'), 'const a = 1;\nexport default a;\n');
  const bin = join(dirname(require.resolve('oxlint/package.json')), 'bin', 'oxlint');
  const result = spawnSync(process.execPath, [bin, '-c', '.oxlintrc.json', '-f', 'json', 'a.js'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return (JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as { diagnostics: OxlintDiagnostic[] })
    .diagnostics;
}

describe('a rule that fails inside oxlint’s JS plugin host', () => {
  const input = { path: 'a.js', text: 'const a = 1;\nexport default a;\n' };

  it('is named in the module’s fatal error, with the error, from the frames of its stack', { timeout: 60_000 }, () => {
    const cases: Array<[string, string]> = [
      ['node_modules/eslint/lib/rules/no-shadow.js', 'rule no-shadow'],
      ['node_modules/eslint-plugin-sonarjs/cjs/S125/rule.js', 'rule sonarjs/no-commented-code'],
      [
        'node_modules/@typescript-eslint/eslint-plugin/dist/rules/no-unused-vars.js',
        'rule @typescript-eslint/no-unused-vars',
      ],
      ['rules/dist/rules/identifier-naming/identifier-naming.js', 'rule @upkeep/identifier-naming'],
      ['rules/dist/oxlint/bridge.js', "upkeep's JS plugin"],
    ];
    for (const [rulePath, named] of cases) {
      const diagnostics = crashingRun(rulePath);
      expect(diagnostics.map((diagnostic) => diagnostic.message.split('\n')[0])).toEqual(['Error running JS plugin.']);
      const facts = factsOf(input, diagnostics, 2, () => undefined);
      expect(facts.crash).toMatch(
        new RegExp(`^Error running JS plugin \\(${named.replace(/[()/.@]/g, '\\$&')}\\): TypeError: .*null`),
      );
    }
  });

  it('without a frame of a known rule: the error at least, and oxlint’s host when the stack is only there', () => {
    expect(
      pluginCrash(
        'Error running JS plugin.\nFile path: /tmp/a.js\nRangeError: too deep\n    at walk (file:///x/node_modules/oxlint/dist/lint.js:1:2)',
      ),
    ).toBe("Error running JS plugin (oxlint's JS plugin host): RangeError: too deep");
    expect(pluginCrash('Error running JS plugin.')).toBe('Error running JS plugin');
  });
});
