import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const repoRoot = join(packageDir, '..');
let project: string;

/** A user's flat config that spreads the preset from the built package. */
function eslintConfigSource(): string {
  const entry = pathToFileURL(join(packageDir, 'dist', 'index.js')).href;
  return [
    `import upkeep from ${JSON.stringify(entry)};`,
    '',
    'export default [',
    "  { ignores: ['vendor/**'] },",
    '  ...upkeep.configs.recommended,',
    "  { files: ['src/legacy/**/*.js'], languageOptions: { sourceType: 'commonjs' } },",
    '];',
    '',
  ].join('\n');
}

function write(path: string, lines: string[]): void {
  mkdirSync(join(project, path, '..'), { recursive: true });
  writeFileSync(join(project, path), `${lines.join('\n')}\n`);
}

beforeAll(() => {
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-b', packageDir], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building ${packageDir} failed:\n${build.stdout}${build.stderr}`);

  project = mkdtempSync(join(tmpdir(), 'upkeep-standalone-'));
  write('package.json', [JSON.stringify({ name: 'legacy-app', private: true, type: 'module' })]);
  write('eslint.config.js', [eslintConfigSource()]);
  write('src/app.js', ["import { load } from './legacy/loader.js';", 'var config = load();', 'export default config;']);
  write('src/legacy/loader.js', ['exports.load = function () {', '  return { debug: true };', '};', 'return;']);
  write('src/types.ts', ['export const retries: any = 3;']);
  write('vendor/lib.js', ['var ignored = eval("1");']);
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('the preset in a plain eslint.config.js', () => {
  it('lints a project through its own config file', async () => {
    const eslint = new ESLint({ cwd: project });
    const results = await eslint.lintFiles(['.']);
    const messages = results.flatMap((result) =>
      result.messages.map((message) => `${relative(project, result.filePath)}:${message.line}:${message.ruleId}`),
    );
    expect(messages).toEqual([
      'src/app.js:2:no-var',
      'src/legacy/loader.js:4:no-useless-return',
      'src/types.ts:1:@typescript-eslint/no-explicit-any',
    ]);
  });

  it('reports conventions and refactorings as warnings, so ESLint exits 0 on them', async () => {
    const eslint = new ESLint({ cwd: project });
    const results = await eslint.lintFiles(['.']);
    const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
    const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
    expect([errors, warnings]).toEqual([0, 3]);
  });
});
