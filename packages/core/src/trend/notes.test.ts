import { describe, expect, it } from 'vitest';
import { messages, moduleResult, unparseableModule } from '../__testfixtures__/modules.js';
import { DEFAULT_EVALUATION_EXPRESSION } from '../evaluation/default.js';
import type { ModuleResult } from '../model.js';
import { buildScoreReport } from '../report/build.js';
import { buildTrend, type TrendPointInput } from './build.js';
import { escapeMarkdownText } from './notes.js';

function point(n: number, modules: ModuleResult[], merge = false): TrendPointInput {
  return {
    commit: {
      commit: String(n).repeat(40),
      date: `2024-01-0${n}T00:00:00Z`,
      author: 'Ann',
      subject: `commit ${n}`,
      merge,
    },
    commits: 1,
    report: buildScoreReport({
      toolVersion: '0.1.0',
      source: { kind: 'worktree' },
      config: { eslintConfig: 'recommended', hash: 'c0ffee' },
      modules,
      skipped: [],
      packageRoots: ['.'],
      evaluation: DEFAULT_EVALUATION_EXPRESSION,
    }),
  };
}

/** A trend whose branch, dates and unparseable path hold markdown's special characters. */
function trendWithUserMarkup() {
  return buildTrend({
    toolVersion: '0.1.0',
    branch: 'feat/`x`_*y*',
    head: '2'.repeat(40),
    sampling: {
      every: 'commit',
      maxPoints: 1,
      since: '<2024-01-01>',
      until: 'a|b',
      commitsInRange: 9,
      candidates: 3,
      capped: true,
    },
    points: [
      point(1, [moduleResult('src/a.js', 4, messages('C', 1))], true),
      point(2, [moduleResult('src/a.js', 4), unparseableModule('src/[gen]_`b`.js')]),
    ],
  });
}

describe('trend notes in markdown', () => {
  it("keeps upkeep's own code spans as markup", () => {
    const note = trendWithUserMarkup().notes.find((n) => n.kind === 'first-parent')!;
    expect(note.markdown).toBe(
      'Only the first-parent history is walked, as `git log --first-parent` shows it: a merged branch counts at its merge commit, all at once (1 merge commit among the points).',
    );
    expect(note.message).toBe(note.markdown);
  });

  it("escapes the user's text: branch, dates and paths", () => {
    const byKind = Object.fromEntries(trendWithUserMarkup().notes.map((n) => [n.kind, n]));
    expect(byKind['sampling']!.markdown).toBe(
      '9 commits on feat/\\`x\\`\\_\\*y\\* since \\<2024-01-01\\> until a\\|b; points: every commit (2 points).',
    );
    expect(byKind['sampling']!.message).toBe(
      '9 commits on feat/`x`_*y* since <2024-01-01> until a|b; points: every commit (2 points).',
    );
    expect(byKind['unparseable']!.markdown).toContain('e.g. src/\\[gen\\]\\_\\`b\\`.js): such a module scores 0');
    expect(byKind['unparseable']!.message).toContain('e.g. src/[gen]_`b`.js): such a module scores 0');
  });

  it('every note has both forms, equal when it holds no user text', () => {
    const notes = trendWithUserMarkup().notes;
    expect(notes.map((n) => n.kind)).toEqual(['sampling', 'capped', 'first-parent', 'unparseable']);
    for (const n of notes.filter((n) => n.kind === 'capped' || n.kind === 'first-parent'))
      expect(n.markdown).toBe(n.message);
  });

  it('escapeMarkdownText makes markup literal and keeps a line', () => {
    expect(escapeMarkdownText('a\\b | `c` *d* _e_ [f](g) <h>\nnext')).toBe(
      'a\\\\b \\| \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\<h\\> next',
    );
  });
});
