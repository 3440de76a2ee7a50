import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openTsProject, type ts } from '../runner/engine.js';
import { collectCandidates } from './candidates.js';
import { FileFacts, localRenameLocations, withValidAffixes, withinOwnFile } from './local-references.js';

// The fast path must give exactly the language service's places (with prefix and suffix text) for
// every local it answers for. Two corpora: one generated and committed (every syntactic position
// that needs care), and real files of public projects read at test time when they are on this
// machine (UPKEEP_REAL_CORPUS, default /work/real/base), never committed.
const GENERATED = fileURLToPath(new URL('./__testfixtures__/_differential-corpus/files/', import.meta.url));
const REAL = process.env['UPKEEP_REAL_CORPUS'] ?? '/work/real/base';
const CODE = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;
const SKIP_DIRS = new Set([
  'node_modules',
  'dist',
  'build',
  'coverage',
  'vendor',
  '.git',
  'fixtures',
  '__fixtures__',
  'types',
]);

interface Outcome {
  locals: number;
  walked: number;
  /** places where the service's prefix/suffix text would have been a syntax error */
  serviceFixed: number;
  /** places in other files the service returned for a name declared in a function */
  serviceForeign: number;
  mismatches: { name: string; walk: string[]; service: string[] }[];
}

function compareIn(root: string, files: string[]): Outcome {
  const project = openTsProject(root, () => files);
  const program = project.program();
  const checker = program.getTypeChecker();
  const service = project.languageService();
  const facts = new FileFacts();
  const seen = new Set<ts.Symbol>();
  const show = (l: ts.RenameLocation): string =>
    `${relative(root, l.fileName)}@${l.textSpan.start}+${l.textSpan.length}${l.prefixText ? ` prefix "${l.prefixText}"` : ''}${l.suffixText ? ` suffix "${l.suffixText}"` : ''}`;
  const outcome: Outcome = { locals: 0, walked: 0, serviceFixed: 0, serviceForeign: 0, mismatches: [] };
  for (const fileName of files) {
    const file = program.getSourceFile(fileName);
    if (!file || program.getSyntacticDiagnostics(file).length > 0) continue;
    for (const candidate of collectCandidates(file, checker, seen)) {
      if (candidate.role !== 'local' && candidate.role !== 'module') continue;
      outcome.locals += 1;
      const walk = localRenameLocations(candidate, checker, facts);
      if (!walk) continue;
      outcome.walked += 1;
      const raw =
        service.findRenameLocations(fileName, candidate.node.getStart(), false, false, {
          providePrefixAndSuffixTextForRename: true,
        }) ?? [];
      // the one place the service's text is not valid syntax: `: old` after a name in a shorthand's default value
      const affixed = withValidAffixes(raw, program);
      outcome.serviceFixed += affixed.filter((l, i) => l !== raw[i]).length;
      // and the places it returns in other files for a function's rest element
      const found = withinOwnFile(candidate, affixed);
      outcome.serviceForeign += affixed.length - found.length;
      const [a, b] = [walk.map(show).sort(), found.map(show).sort()];
      if (a.join('\n') !== b.join('\n'))
        outcome.mismatches.push({ name: `${relative(root, fileName)}:${candidate.oldName}`, walk: a, service: b });
    }
  }
  return outcome;
}

function listCode(dir: string, limit: number, out: string[] = []): string[] {
  for (const entry of readdirSync(dir).sort()) {
    if (out.length >= limit) break;
    const path = join(dir, entry);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) continue;
    if (stat.isDirectory()) {
      if (!SKIP_DIRS.has(entry) && !entry.startsWith('.')) listCode(path, limit, out);
    } else if (CODE.test(entry) && !/\.d\.[cm]?ts$|\.min\.js$/.test(entry) && stat.size < 80_000) out.push(path);
  }
  return out;
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('fast local-reference path = language service (findRenameLocations with prefix/suffix text)', () => {
  it('on the generated corpus (rest elements, defaults, shorthand, specifiers, JSX, parameter properties, JSDoc, labels, declare module)', () => {
    const files = listCode(GENERATED, 10_000);
    expect(files.length).toBeGreaterThanOrEqual(150);
    const outcome = compareIn(GENERATED, files);
    expect(outcome.mismatches).toEqual([]);
    expect(outcome.walked).toBeGreaterThan(1000);
    // `({ a = old } = o)` occurs in the corpus: the service's suffix there is corrected, not copied
    expect(outcome.serviceFixed).toBeGreaterThan(0);
  }, 600_000);

  const repos = existsSync(REAL)
    ? readdirSync(REAL)
        .filter((name) => statSync(join(REAL, name)).isDirectory())
        .sort()
    : [];
  it.skipIf(repos.length === 0)(
    'on several hundred files of real projects (read at test time from %s)'.replace('%s', REAL),
    () => {
      // copy the files (not the projects' configs) into one temporary allowJs project: a few dozen per project
      const root = mkdtempSync(join(tmpdir(), 'upkeep-differential-'));
      temps.push(root);
      const perRepo = Math.max(20, Math.ceil(400 / repos.length));
      const files: string[] = [];
      for (const repo of repos) {
        const roots = ['lib', 'src', 'test'].map((d) => join(REAL, repo, d)).filter((d) => existsSync(d));
        const picked: string[] = [];
        for (const dir of roots.length > 0 ? roots : [join(REAL, repo)]) listCode(dir, perRepo, picked);
        for (const source of picked.slice(0, perRepo)) {
          const target = join(root, repo, relative(join(REAL, repo), source));
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(source, target);
          files.push(target);
        }
      }
      expect(files.length).toBeGreaterThanOrEqual(Math.min(300, repos.length * 20));
      const outcome = compareIn(root, files);
      expect(outcome.mismatches).toEqual([]);
      expect(outcome.walked).toBeGreaterThan(500);
    },
    900_000,
  );
});
