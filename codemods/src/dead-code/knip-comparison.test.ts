// Our unused files and exports beside knip's on the same projects. Every difference is listed and
// explained in codemods/docs/dead-code.md; this test fails when either side changes.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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
    const run = spawnSync(KNIP, ['--reporter', 'json', '--no-progress', '--include', 'files,exports,types'], { cwd: dir, encoding: 'utf8' });
    const knip = new Set<string>();
    for (const issue of (JSON.parse(run.stdout) as { issues: KnipIssue[] }).issues) {
      for (const file of issue.files) knip.add(`file ${file.name}`);
      for (const item of [...issue.exports, ...issue.types]) knip.add(`export ${issue.file} ${item.name}`);
    }
    // one round: what is dead now, as knip sees it, not what becomes dead after removals
    const result = await findDeadCode({ root: dir, only: ['exports', 'files'], maxRounds: 1 });
    const ours = new Set(result.findings.map((f) => (f.kind === 'files' ? `file ${f.path}` : `export ${f.path} ${f.name}`)));
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
      onlyKnip: ['file packages/a/src/name.js', 'file packages/b/src/shared.js'],
      onlyUpkeep: ['export packages/a/src/name.js other', 'export packages/b/src/shared.js unused'],
      both: 1,
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
