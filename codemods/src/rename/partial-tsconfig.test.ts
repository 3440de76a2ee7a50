// A JavaScript library whose tsconfig.json covers only its type declarations (winstonjs/winston lists
// index.d.ts and two more): its .js modules are still renamed, taken into the in-memory project without
// type-checking them (allowJs, checkJs off), as tsserver does for loose files. Before, every one of them
// was skipped as "not included by tsconfig.json".
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTsProject } from '../runner/engine.js';
import type { CodemodContext, Skip } from '../runner/types.js';
import { renameCodemod, type RenameDetails } from './index.js';

const FILES: Record<string, string> = {
  'package.json': '{"name":"partial","private":true,"main":"lib/main.js"}',
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'commonjs', target: 'es6', noEmit: true, strict: true },
    files: ['index.d.ts'],
  }),
  'index.d.ts': 'export declare function run(): number;\n',
  'lib/main.js':
    "'use strict';\nconst helper = require('./helper');\nexports.run = function run() { return helper.count_all([1, 2]); };\n",
  'lib/helper.js':
    "'use strict';\nfunction count_all(items) {\n  var item_count = items.length;\n  return item_count;\n}\nexports.count_all = count_all;\n",
};

async function plan(): Promise<{ details: RenameDetails; skips: Skip[] }> {
  const root = mkdtempSync(join(tmpdir(), 'upkeep-rename-partial-'));
  try {
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const files = ['index.d.ts', 'lib/main.js', 'lib/helper.js'];
    const modules = (): string[] => files.map((path) => join(root, path));
    let project: ReturnType<typeof openTsProject> | undefined;
    const context: CodemodContext = {
      root,
      paths: [],
      model: { files, isFixture: () => false, notices: [] },
      project: async () => (project ??= openTsProject(root, modules, modules)),
      onProgress: () => undefined,
    };
    const result = await renameCodemod().plan(context);
    return { details: result.details as RenameDetails, skips: result.skips };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('rename: a tsconfig.json that covers only the declarations of a JavaScript library', () => {
  it('renames in the .js modules the tsconfig leaves out; none is skipped as not in the project', async () => {
    const { details, skips } = await plan();
    expect(skips.filter((skip) => skip.reason === 'not-in-project')).toEqual([]);
    expect(details.renamed.map((r) => `${r.kind} ${r.from} → ${r.to}`)).toContain('variable item_count → itemCount');
  });
});
