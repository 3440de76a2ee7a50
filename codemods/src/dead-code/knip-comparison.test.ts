// Our unused files and exports beside knip's on the same projects. Every difference is listed and
// explained in codemods/docs/dead-code.md; this test fails when either side changes.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempDir } from '@upkeep/test-utils';
import { findDeadCode } from './find-dead-code.js';

const REPO = join(import.meta.dirname, '../../..');
const KNIP = join(REPO, 'node_modules/.bin/knip');

interface KnipIssue {
  file: string;
  files: { name: string }[];
  exports: { name: string }[];
  types: { name: string }[];
}

async function compare(source: string): Promise<{ onlyKnip: string[]; onlyUpkeep: string[]; both: number }> {
  const dir = createTempDir('upkeep-knip-');
  try {
    cpSync(source, dir, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const run = spawnSync(KNIP, ['--reporter', 'json', '--no-progress', '--include', 'files,exports,types'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const knip = new Set<string>();
    for (const issue of (JSON.parse(run.stdout) as { issues: KnipIssue[] }).issues) {
      for (const file of issue.files) knip.add(`file ${file.name}`);
      for (const item of [...issue.exports, ...issue.types]) knip.add(`export ${issue.file} ${item.name}`);
    }
    // one round: what is dead now, as knip sees it, not what becomes dead after removals
    const result = await findDeadCode({ root: dir, only: ['exports', 'files'], maxRounds: 1 });
    const ours = new Set(
      result.findings.map((f) => (f.kind === 'files' ? `file ${f.path}` : `export ${f.path} ${f.name}`)),
    );
    return {
      onlyKnip: [...knip].filter((x) => !ours.has(x)).sort(),
      onlyUpkeep: [...ours].filter((x) => !knip.has(x)).sort(),
      both: [...ours].filter((x) => knip.has(x)).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const FIXTURES = join(import.meta.dirname, '__testfixtures__');

describe('unused files and exports: upkeep beside knip 6.44', () => {
  it('esm-chain: both find the same', async () => {
    expect(await compare(join(FIXTURES, 'esm-chain/input'))).toEqual({ onlyKnip: [], onlyUpkeep: [], both: 6 });
  });

  it('keep-reasons: knip reports what upkeep keeps on purpose (see the doc, "Kept on purpose")', async () => {
    expect(await compare(join(FIXTURES, 'keep-reasons/input'))).toEqual({
      onlyKnip: [
        'export lib/helpers.js pad',
        'export lib/helpers.js shout',
        'export lib/helpers.js whisper',
        'file handlers/email.js',
        'file lib/decorated.test.ts',
        'file lib/decorated.ts',
        'file lib/plugin.ts',
        'file lib/widget.js',
        'file src/broken.js',
      ],
      onlyUpkeep: [],
      both: 1,
    });
  });

  it('monorepo: knip does not follow workspace names without node_modules links; upkeep does', async () => {
    expect(await compare(join(FIXTURES, 'monorepo/input'))).toEqual({
      // packages/c declares no entry point and has no index.js nor tests: upkeep leaves its files alone
      onlyKnip: ['file packages/a/src/name.js', 'file packages/b/src/shared.js', 'file packages/c/lib/tool.js'],
      onlyUpkeep: ['export packages/a/src/name.js other', 'export packages/b/src/shared.js unused'],
      both: 0,
    });
  });

  it('examples/legacy-app: CommonJS namespace reads and object-literal exports', async () => {
    const result = await compare(join(REPO, 'examples/legacy-app'));
    expect(result.onlyKnip).toEqual([
      'export src/db/queries.js SQL_INSERT_CUSTOMER',
      'export src/db/queries.js SQL_INSERT_INVOICE',
      'export src/db/queries.js SQL_INSERT_ORDER',
      'export src/db/queries.js SQL_INSERT_ORDER_LINE',
      'export src/db/queries.js SQL_MARK_INVOICE_PAID',
      'export src/db/queries.js SQL_SELECT_CUSTOMER',
      'export src/db/queries.js SQL_SELECT_INVOICES',
      'export src/db/queries.js SQL_SELECT_ORDER',
      'export src/db/queries.js SQL_SELECT_ORDERS_BETWEEN',
      'export src/db/queries.js SQL_SELECT_ORDERS_FOR_DAY',
      'export src/db/queries.js SQL_UPDATE_ORDER_STATUS',
      'export src/util/eventBus.js EventBus',
      'export src/util/money_util.js sum_money',
      'export src/util/money_util.js to_pence',
      'export src/util/str_util.js pad_right',
      'export src/util/str_util.js trim_all',
      // browser scripts loaded by public/index.html: knip sees no import of them; upkeep keeps them (non-code-mention)
      'file public/js/cart.js',
      'file public/js/checkout.js',
      'file src/plugins/bulk_discount_plugin.js',
    ]);
    expect(result.onlyUpkeep).toEqual([
      'export src/dataservice/adder_gen.js line_kind_names',
      'export src/dataservice/adder_plugin.js plugin_names',
      'export src/legacy/old_tax_table.js TAX_TABLE_1999',
      'export src/legacy/old_tax_table.js all_regions',
      'export src/report/daily_summary.js format_summary_text',
      'export src/util/date_util.js add_business_days',
      'export src/util/logger.js get_recent_lines',
    ]);
    expect(result.both).toBe(12);
  });
});

describe('a generated legacy monorepo (bench/generate-project.mjs, 200 files)', () => {
  it('every difference falls in one of the explained groups of the doc ("On the synthetic project")', async () => {
    const dir = createTempDir('upkeep-knip-synthetic-');
    try {
      const { generateProject } = (await import(join(REPO, 'bench/generate-project.mjs'))) as {
        generateProject(o: { files: number; seed: number; outDir: string }): unknown;
      };
      generateProject({ files: 200, seed: 1, outDir: dir });
      // the same entry points for both: the generated packages name a main that does not exist
      writeFileSync(
        join(dir, 'knip.json'),
        JSON.stringify({
          workspaces: { 'packages/*': { entry: ['src/*/*.tsx'], project: ['src/**/*.{js,jsx,ts,tsx}'] } },
        }),
      );
      const run = spawnSync(
        KNIP,
        ['--reporter', 'json', '--no-progress', '--include', 'files,exports,types', '--no-exit-code'],
        { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 },
      );
      const knip = new Set<string>();
      const knipFiles = new Set<string>();
      for (const issue of (JSON.parse(run.stdout) as { issues: KnipIssue[] }).issues) {
        for (const file of issue.files) {
          knip.add(`file ${file.name}`);
          knipFiles.add(file.name);
        }
        for (const item of [...issue.exports, ...issue.types]) knip.add(`export ${issue.file} ${item.name}`);
      }
      const result = await findDeadCode({
        root: dir,
        only: ['exports', 'files'],
        maxRounds: 1,
        entries: ['packages/*/src/*/*.tsx'],
      });
      const ours = new Map(
        result.findings.map((f) => [f.kind === 'files' ? `file ${f.path}` : `export ${f.path} ${f.name}`, f]),
      );
      // the import graph read roughly from the text, to tell which files only workspace-name imports reach
      const files = execFileSync('git', ['ls-files'], { cwd: dir, encoding: 'utf8' })
        .split('\n')
        .filter((f) => /\.[jt]sx?$/.test(f));
      const known = new Set(files);
      const resolveSpecifier = (from: string, specifier: string): { path: string | undefined; byName: boolean } => {
        const byName = specifier.startsWith('@acme/');
        const base = byName
          ? `packages/${specifier.slice('@acme/'.length)}`
          : specifier.startsWith('.')
            ? posix.join(posix.dirname(from), specifier)
            : undefined;
        if (base === undefined) return { path: undefined, byName };
        const stem = base.replace(/\.[jt]sx?$/, '');
        return {
          path: [base, ...['.ts', '.tsx', '.js', '.jsx'].map((e) => stem + e)].find((c) => known.has(c)),
          byName,
        };
      };
      const edges = new Map(
        files.map((file) => {
          const text = readFileSync(join(dir, file), 'utf8');
          const specifiers = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)'([^']+)'/g)].map((m) => m[1]!);
          return [file, specifiers.map((s) => resolveSpecifier(file, s)).filter((e) => e.path !== undefined)] as const;
        }),
      );
      const reach = (withNames: boolean): Set<string> => {
        const seen = new Set(files.filter((f) => /^packages\/[^/]+\/src\/[^/]+\/[^/]+\.tsx$/.test(f)));
        const work = [...seen];
        while (work.length > 0) {
          for (const edge of edges.get(work.pop()!) ?? []) {
            if ((withNames || !edge.byName) && !seen.has(edge.path!)) {
              seen.add(edge.path!);
              work.push(edge.path!);
            }
          }
        }
        return seen;
      };
      const reachedWithNames = reach(true);
      const reachedWithoutNames = reach(false);
      const onlyThroughNames = (path: string): boolean => reachedWithNames.has(path) && !reachedWithoutNames.has(path);
      const texts = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
      const stemOf = (path: string): string =>
        path
          .split('/')
          .pop()!
          .replace(/\.[jt]sx?$/, '');
      const requiredInto = (path: string): RegExp =>
        new RegExp(`(?:\\{[^}]*\\}|[\\w$]+)\\s*=\\s*require\\('[^']*/${stemOf(path)}(?:\\.[jt]sx?)?'\\)`);
      const loadedByRequire = (path: string): boolean => requiredInto(path).test(texts);
      const readAsMember = (path: string, name: string): boolean =>
        loadedByRequire(path) && new RegExp(`\\.${name}\\b`).test(texts);

      const groups: Record<string, number> = {};
      const count = (group: string): number => (groups[group] = (groups[group] ?? 0) + 1);
      for (const item of knip) {
        if (ours.has(item)) continue;
        const path = item.split(' ')[1]!;
        const name = item.split(' ')[2];
        if (onlyThroughNames(path)) count('knip only: reached only through workspace-name imports');
        else if (name !== undefined && readAsMember(path, name))
          count('knip only: read as a member of a CommonJS require');
        else count(`unexplained knip only: ${item}`);
      }
      for (const [item, finding] of ours) {
        if (knip.has(item)) continue;
        if (knipFiles.has(finding.path)) count('upkeep only: in a file knip reports whole');
        else if (finding.action === 'unexport') count('upkeep only: used in its own file');
        else if (loadedByRequire(finding.path))
          count('upkeep only: module loaded by require (destructured or read by member)');
        else count(`unexplained upkeep only: ${item}`);
      }
      expect(Object.keys(groups).filter((g) => g.startsWith('unexplained'))).toEqual([]);
      expect(groups).toEqual({
        'knip only: reached only through workspace-name imports': 83,
        'knip only: read as a member of a CommonJS require': 4,
        'upkeep only: in a file knip reports whole': 7,
        'upkeep only: module loaded by require (destructured or read by member)': 3,
        'upkeep only: used in its own file': 1,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
