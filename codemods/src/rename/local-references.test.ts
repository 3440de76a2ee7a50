import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, readTree, type TempRepo } from '@upkeep/test-utils';
import { openTsProject, type ts } from '../runner/engine.js';
import { listModuleFiles } from '../runner/files.js';
import { collectCandidates } from './candidates.js';
import { FileFacts, localRenameLocations } from './local-references.js';

const FIXTURES = fileURLToPath(new URL('./__testfixtures__/', import.meta.url));

/** Names whose places the file walk can prove, and the walk and language-service answers for them. */
function compare(files: Record<string, string>): {
  walked: string[];
  fellBack: string[];
  mismatches: { name: string; walk: string[]; service: string[] }[];
} {
  const repo = createTempRepo(files);
  repos.push(repo);
  const project = openTsProject(repo.dir, () => listModuleFiles(repo.dir).map((path) => join(repo.dir, path)));
  const program = project.program();
  const checker = program.getTypeChecker();
  const service = project.languageService();
  const facts = new FileFacts();
  const seen = new Set<ts.Symbol>();
  const out = {
    walked: [] as string[],
    fellBack: [] as string[],
    mismatches: [] as { name: string; walk: string[]; service: string[] }[],
  };
  const show = (l: ts.RenameLocation): string =>
    `${project.relativePath(l.fileName)}@${l.textSpan.start}+${l.textSpan.length}${l.prefixText ? ` prefix "${l.prefixText}"` : ''}${l.suffixText ? ` suffix "${l.suffixText}"` : ''}`;
  for (const fileName of project.ownFiles()) {
    const file = program.getSourceFile(fileName)!;
    for (const candidate of collectCandidates(file, checker, seen)) {
      const name = `${project.relativePath(fileName)}:${candidate.oldName}`;
      const walk = localRenameLocations(candidate, checker, facts);
      if (!walk) {
        if (candidate.role === 'local' || candidate.role === 'module') out.fellBack.push(name);
        continue;
      }
      out.walked.push(name);
      const found =
        service.findRenameLocations(fileName, candidate.node.getStart(), false, false, {
          providePrefixAndSuffixTextForRename: true,
        }) ?? [];
      if (walk.map(show).join('\n') !== found.map(show).join('\n'))
        out.mismatches.push({ name, walk: walk.map(show), service: found.map(show) });
    }
  }
  return out;
}

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

describe('local rename places: the file walk gives exactly what the language service gives', () => {
  const cases = readdirSync(FIXTURES).filter(
    (name) => !name.startsWith('_') && statSync(join(FIXTURES, name)).isDirectory(),
  );
  // each fixture's comparison is made once, and read again by the count below
  const compared = new Map<string, ReturnType<typeof compare>>();
  const comparedFixture = (name: string): ReturnType<typeof compare> => {
    let result = compared.get(name);
    if (!result) compared.set(name, (result = compare(readTree(join(FIXTURES, name, 'input')))));
    return result;
  };
  it.each(cases)('fixture %s', (name) => {
    expect(comparedFixture(name).mismatches).toEqual([]);
  });

  it('uses the walk for most locals of the fixtures', () => {
    let walked = 0;
    for (const name of cases) walked += comparedFixture(name).walked.length;
    expect(walked).toBeGreaterThanOrEqual(20);
  });

  it('falls back to the language service where the walk could miss a place', () => {
    const result = compare({
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          allowJs: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
        },
        include: ['src'],
      }),
      'src/shapes.ts': [
        'const total_count = 1;',
        'const { first_item, other: second_item } = { first_item: 1, other: 2 };',
        'export const picked = { total_count, first_item, second_item };',
        '/** @param raw_value the input */',
        'export function parse_it(raw_value: number, unused_one = 2): number {',
        '  let local_sum = raw_value + unused_one;',
        '  const [head_one] = [local_sum];',
        '  return head_one + ({ local_sum }).local_sum;',
        '}',
        'function helper_fn(): number { return 1; } // helper_fn is mentioned in this comment',
        'const exported_late = helper_fn();',
        'export { exported_late };',
        'const default_value = 3;',
        'export default default_value;',
        'export class Holder { constructor(private held_value: number, plain_arg: number) { this.held_value = plain_arg; } }',
        "const in_string = 'in_string';",
        'export const used = in_string;',
      ].join('\n'),
      'src/script.js': [
        'if (true) { var global_flag = 1; }',
        'function outer_fn(inner_arg) { var inner_var = inner_arg; return inner_var; }',
        'outer_fn(global_flag);',
      ].join('\n'),
    });
    expect(result.mismatches).toEqual([]);
    expect(result.walked.sort()).toEqual(
      [
        'src/script.js:inner_arg',
        'src/script.js:inner_var',
        'src/shapes.ts:first_item',
        'src/shapes.ts:head_one',
        'src/shapes.ts:local_sum',
        'src/shapes.ts:plain_arg',
        'src/shapes.ts:second_item',
        'src/shapes.ts:total_count',
        'src/shapes.ts:unused_one',
      ].sort(),
    );
    expect(result.fellBack.sort()).toEqual(
      [
        'src/script.js:global_flag',
        'src/script.js:outer_fn',
        'src/shapes.ts:Holder',
        'src/shapes.ts:default_value',
        'src/shapes.ts:exported_late',
        'src/shapes.ts:held_value',
        'src/shapes.ts:helper_fn',
        'src/shapes.ts:in_string',
        'src/shapes.ts:parse_it',
        'src/shapes.ts:picked',
        'src/shapes.ts:raw_value',
        'src/shapes.ts:used',
      ].sort(),
    );
  });
});
