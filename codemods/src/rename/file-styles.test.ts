import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '@upkeep/analyzer';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { runCodemod } from '../runner/run.js';
import type { Skip } from '../runner/types.js';
import { renameCodemod, type RenameDetails } from './index.js';

/**
 * The one rule of kind 6: the codemod judges each name by the styles identifier-naming infers for
 * that name's file, and a rename never makes the rule report a name it did not report. Checked
 * with the real score (analyze, the project's recommended preset): after `codemod rename`, no
 * module has more identifier-naming messages than before, and every message left names a
 * declaration the codemod skipped with a reason.
 */

const SAMPLE = fileURLToPath(new URL('../../../examples/legacy-app/', import.meta.url));

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

interface NamingMessage {
  path: string;
  line: number;
  name: string;
}

/**
 * identifier-naming's messages as `upkeep score` gives them. In-process ESLint: the rule is the
 * same JavaScript under both engines (docs/engines.md), and ESLint is already loaded in this
 * worker, where oxlint would start a process with its JS plugins for each of these small runs.
 */
async function namingMessages(root: string): Promise<NamingMessage[]> {
  const { report } = await analyze({ root, cache: false, jobs: 1, engine: 'eslint' });
  return report.modules.flatMap((module) =>
    module.messages
      .filter((message) => message.ruleId === '@upkeep/identifier-naming')
      .map((message) => ({ path: module.path, line: message.line, name: /name '([^']+)'/.exec(message.message)![1]! })),
  );
}

function perModule(messages: readonly NamingMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { path } of messages) counts.set(path, (counts.get(path) ?? 0) + 1);
  return counts;
}

async function renameAndCheck(
  repo: TempRepo,
): Promise<{ before: NamingMessage[]; after: NamingMessage[]; details: RenameDetails; skips: Skip[] }> {
  const before = await namingMessages(repo.dir);
  const result = await runCodemod(renameCodemod(), { root: repo.dir, paths: [], score: false });
  expect(['applied', 'unchanged'], result.rejection).toContain(result.status);
  const after = await namingMessages(repo.dir);
  const was = perModule(before);
  for (const [path, count] of perModule(after))
    expect(count, `${path}: identifier-naming messages after the rename`).toBeLessThanOrEqual(was.get(path) ?? 0);
  const skipped = new Set(result.skips.map((skip) => `${skip.path}:${skip.line} ${skip.subject.split(' → ')[0]}`));
  const unexplained = after.filter(({ path, line, name }) => !skipped.has(`${path}:${line} ${name}`));
  expect(unexplained, 'messages left for names the codemod neither renamed nor skipped').toEqual([]);
  return { before, after, details: result.details as RenameDetails, skips: result.skips };
}

const project = (files: Record<string, string>): TempRepo => {
  const repo = createTempRepo({
    'package.json': JSON.stringify({ name: 'styles-fixture', private: true, type: 'module' }),
    'tsconfig.json': JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, noEmit: true, allowJs: true },
      include: ['src'],
    }),
    ...files,
  });
  repos.push(repo);
  repo.commit('input');
  return repo;
};

const MIXED = {
  // enum members consistently camelCase in this file: judged by camelCase, kept
  'src/modes.ts': `export enum RunMode { dryRun, fullScan, quickCheck, noCache }
export enum CacheMode { readOnly, readWrite, writeOnly, writeThrough, readAhead }
export const modeNames = [RunMode.dryRun, CacheMode.readAhead];
`,
  // enum members UPPER_CASE in another file: CONSTANT_CASE is an enum member's style already
  'src/levels.ts': `export enum Level { LOW_LEVEL, HIGH_LEVEL }
export enum Shade { darkRed, LightBlue }
export const levelOf = (shade: Shade): Level => (shade === Shade.darkRed ? Level.HIGH_LEVEL : Level.LOW_LEVEL);
`,
  // a snake_case file in a camelCase project: its functions keep their style, the one outlier follows it
  'src/legacy_text.js': `export function pad_left(text, width) { return String(text).padStart(width); }
export function pad_right(text, width) { return String(text).padEnd(width); }
export function trim_all(text) { return text.trim(); }
export function to_upper(text) { return text.toUpperCase(); }
export function to_lower(text) { return text.toLowerCase(); }
export function split_words(text) { return text.split(' '); }
export function join_words(words) { return words.join(' '); }
export function count_words(text) { return split_words(text).length; }
export function first_word(text) { return split_words(text)[0]; }
export function lastWord(text) { return split_words(text).at(-1); }
`,
  // the interface's members are not the rule's to judge; renaming them renames the class's methods
  'src/store.ts': `export interface Store {
  load_all(): string[];
  save_all(rows: string[]): void;
}
`,
  // ten snake_case methods: renaming two would leave 8 of 10, no style kept, and the other eight reported
  'src/memory_store.ts': `import type { Store } from './store.js';
export class MemoryStore implements Store {
  private rows: string[] = [];
  load_all(): string[] { return this.rows; }
  save_all(rows: string[]): void { this.rows = rows; }
  add_row(row: string): void { this.rows.push(row); }
  drop_row(row: string): void { this.rows = this.rows.filter((r) => r !== row); }
  row_count(): number { return this.rows.length; }
  first_row(): string | undefined { return this.rows[0]; }
  last_row(): string | undefined { return this.rows.at(-1); }
  has_row(row: string): boolean { return this.rows.includes(row); }
  clear_rows(): void { this.rows = []; }
  sort_rows(): void { this.rows.sort(); }
}
`,
  // camelCase elsewhere: a few snake_case names are simply renamed
  'src/main.ts': `import { modeNames } from './modes.js';
import { levelOf, Shade } from './levels.js';
import { count_words } from './legacy_text.js';
import { MemoryStore } from './memory_store.js';
export function run_all(input_text: string): number {
  const the_store = new MemoryStore();
  the_store.save_all([input_text]);
  return count_words(the_store.load_all()[0]!) + modeNames.length + levelOf(Shade.darkRed);
}
`,
};

describe('one decision for score and rename: the styles of the name\u2019s own file', () => {
  it('files with their own style per kind: kept; a rename never raises a module\u2019s identifier-naming messages', async () => {
    const repo = project(MIXED);
    const { details, skips, after } = await renameAndCheck(repo);
    const renamed = details.renamed.map((r) => `${r.path} ${r.kind} ${r.from} → ${r.to}`).sort();
    expect(renamed).toEqual(
      [
        'src/levels.ts enumMember darkRed → DarkRed',
        'src/legacy_text.js function lastWord → last_word',
        'src/main.ts constant the_store → theStore',
        'src/main.ts function run_all → runAll',
        'src/main.ts parameter input_text → inputText',
      ].sort(),
    );
    expect(details.inferred).toEqual({
      'src/modes.ts': { enumMember: { style: 'camelCase', names: 9, of: 9 } },
      'src/legacy_text.js': { function: { style: 'snake_case', names: 9, of: 10 } },
      'src/memory_store.ts': { method: { style: 'snake_case', names: 10, of: 10 } },
    });
    // the interface methods would give memory_store.ts two camelCase methods of ten: its style flips
    expect(
      skips
        .filter((s) => s.reason === 'file-style')
        .map((s) => s.subject)
        .sort(),
    ).toEqual(['load_all → loadAll', 'save_all → saveAll']);
    expect(after).toEqual([]);
  }, 180_000);

  it('a rename into a file that keeps another style is skipped, not written', async () => {
    const repo = project({
      ...MIXED,
      // one method of the interface: 9 of 10 still snake_case, but the new name breaks the file's style
      'src/store.ts': `export interface Store {
  load_all(): string[];
}
`,
    });
    const { skips } = await renameAndCheck(repo);
    const fileStyle = skips.filter((s) => s.reason === 'file-style');
    expect(fileStyle.map((s) => s.subject)).toEqual(['load_all → loadAll']);
    expect(fileStyle[0]!.detail).toMatch(
      /`loadAll` at src\/memory_store\.ts:4 would break the style that file keeps for method names \(snake_case\)/,
    );
  }, 180_000);

  it('a function used as a constructor only from another file counts as the rule counts it in its own file', async () => {
    const repo = project({
      // nine snake_case functions: the file keeps snake_case; `order_row` is a class only to the whole program
      'src/legacy_rows.js': `export function make_row(id) { return { id }; }
export function drop_row(rows, id) { return rows.filter((row) => row.id !== id); }
export function find_row(rows, id) { return rows.find((row) => row.id === id); }
export function count_rows(rows) { return rows.length; }
export function first_row(rows) { return rows[0]; }
export function last_row(rows) { return rows.at(-1); }
export function sort_rows(rows) { return [...rows].sort((a, b) => a.id - b.id); }
export function has_row(rows, id) { return rows.some((row) => row.id === id); }
export function order_row(id) { this.id = id; }
`,
      'src/main.js': `import { order_row, make_row } from './legacy_rows.js';
export const rows = [new order_row(1), make_row(2)];
`,
    });
    const { skips, after } = await renameAndCheck(repo);
    // as a class, OrderRow would leave 8 of 9 functions in snake_case: the file would keep no style
    expect(skips.map((s) => `${s.subject}: ${s.reason}`)).toEqual(['order_row → OrderRow: file-style']);
    expect(after).toEqual([]);
  }, 180_000);

  it('the bundled sample: no module gets more identifier-naming messages, every one left is skipped', async () => {
    const repo = createTempRepo();
    repos.push(repo);
    cpSync(SAMPLE, repo.dir, { recursive: true });
    repo.commit('legacy-app');
    const { before, after, details } = await renameAndCheck(repo);
    expect(after.length).toBeLessThan(before.length);
    expect(details.renamed.length).toBeGreaterThan(0);
  }, 300_000);
});
