import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, readTree, type TempRepo } from '@upkeep/test-utils';
import { openTsProject, type ts } from '../runner/engine.js';
import { listModuleFiles } from '../runner/files.js';
import { collectCandidates } from './candidates.js';
import { FileFacts } from './local-references.js';
import { SearchScope } from './search-scope.js';

const FIXTURES = fileURLToPath(new URL('./__testfixtures__/', import.meta.url));

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

/** For every name the scope narrows: the narrowed search and the whole-program search, side by side. */
function compare(files: Record<string, string>): {
  narrowed: Record<string, number>;
  mismatches: { name: string; narrowed: string[]; whole: string[] }[];
} {
  const repo = createTempRepo(files);
  repos.push(repo);
  const project = openTsProject(repo.dir, () => listModuleFiles(repo.dir).map((path) => join(repo.dir, path)));
  const program = project.program();
  const checker = program.getTypeChecker();
  const own = project.ownFiles().map((name) => program.getSourceFile(name)!);
  const scope = new SearchScope(checker, program, new FileFacts());
  const show = (l: ts.RenameLocation): string =>
    `${project.relativePath(l.fileName)}@${l.textSpan.start}+${l.textSpan.length}${l.prefixText ? ` prefix "${l.prefixText}"` : ''}${l.suffixText ? ` suffix "${l.suffixText}"` : ''}`;
  const seen = new Set<ts.Symbol>();
  const out = {
    narrowed: {} as Record<string, number>,
    mismatches: [] as { name: string; narrowed: string[]; whole: string[] }[],
  };
  for (const file of own) {
    for (const candidate of collectCandidates(file, checker, seen)) {
      const searchFiles = scope.filesFor(candidate);
      if (!searchFiles) continue;
      const name = `${project.relativePath(file.fileName)}:${candidate.oldName}`;
      out.narrowed[name] = searchFiles.size;
      const position = candidate.node.getStart();
      const narrowed = (project.findRenameLocations(file.fileName, position, searchFiles) ?? []).map(show);
      const whole = (project.findRenameLocations(file.fileName, position) ?? []).map(show);
      if (narrowed.join('\n') !== whole.join('\n')) out.mismatches.push({ name, narrowed, whole });
    }
  }
  return out;
}

describe('narrowed reference search: the same places as a search of the whole program', () => {
  // _differential-corpus is a corpus for local-references.differential.test.ts, not an input/output fixture
  const cases = readdirSync(FIXTURES).filter(
    (name) => !name.startsWith('_') && statSync(join(FIXTURES, name)).isDirectory(),
  );
  it.each(cases)('fixture %s', (name) => {
    expect(compare(readTree(join(FIXTURES, name, 'input'))).mismatches).toEqual([]);
  });

  it('follows re-exports, namespace imports, augmentations, requires and JSDoc import types', () => {
    const result = compare({
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          allowJs: true,
          checkJs: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
        },
        include: ['src'],
      }),
      'package.json': JSON.stringify({ name: 'p', private: true, type: 'module' }),
      'src/base.ts':
        'export interface Base_shape { size_of: number }\nexport function make_base(): Base_shape { return { size_of: 1 }; }\nexport const UNUSED_BASE = 1;\nexport type Plain_shape = { n: number };\n',
      'src/barrel.ts': "export * from './base.js';\n",
      'src/use.ts':
        "import * as all_of from './barrel.js';\nimport { make_base as mk } from './barrel.js';\nexport const made: all_of.Base_shape = mk();\n",
      'src/augment.ts':
        "import './base.js';\ndeclare module './base.js' { interface Base_shape { extra_field?: string } }\nexport {};\n",
      'src/typed.js':
        "/** @param {import('./base.js').Base_shape} shape_arg */\nexport function read_size(shape_arg) { return shape_arg.size_of; }\n/** @type {import('./base.js').Plain_shape} */\nexport const plain_one = { n: 1 };\n",
      'src/lonely.ts': 'export const lonely_value = 2;\n',
      'src/counter.ts': 'export class Counter { tick_count = 0; bump_it(): void { this.tick_count += 1; } }\n',
      'src/use-counter.ts':
        "import { Counter } from './counter.js';\nexport class Sub extends Counter { override bump_it(): void { super.bump_it(); } }\nnew Counter().bump_it();\n",
      'src/unrelated.ts': 'export const unrelated = { bump_it: 1 };\n',
    });
    expect(result.mismatches).toEqual([]);
    // Base_shape is augmented in augment.ts: searched everywhere. base.ts's other names: the files
    // that reach it (barrel, use, augment), and typed.js, whose JSDoc names Plain_shape; members:
    // the files whose text has their name, and of those, for a class that extends nothing, only the
    // ones that reach it (unrelated.ts has a bump_it of its own and is not searched for Counter's)
    expect(result.narrowed).toEqual({
      'src/counter.ts:Counter': 2,
      'src/counter.ts:bump_it': 2,
      'src/counter.ts:tick_count': 1,
      'src/unrelated.ts:bump_it': 3,
      'src/unrelated.ts:unrelated': 1,
      'src/use-counter.ts:Counter': 2,
      'src/use-counter.ts:Sub': 1,
      'src/use-counter.ts:bump_it': 3,
      'src/base.ts:n': 2,
      'src/base.ts:size_of': 2,
      'src/typed.js:n': 2,
      'src/base.ts:UNUSED_BASE': 4,
      'src/base.ts:make_base': 4,
      'src/base.ts:Plain_shape': 5,
      'src/lonely.ts:lonely_value': 1,
      'src/typed.js:read_size': 1,
      'src/typed.js:shape_arg': 1,
      'src/typed.js:plain_one': 1,
      'src/use.ts:all_of': 1,
      'src/use.ts:made': 1,
      'src/use.ts:mk': 1,
    });
  });
});
