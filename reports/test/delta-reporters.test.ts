import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '@upkeep/core';
import {
  COMMENT_MARKER,
  escapeMarkdown,
  formatChatSummary,
  formatDeltaJson,
  formatDeltaText,
  formatGitlabCodeQuality,
  formatMarkdown,
  formatSarif,
} from '../src/index.js';
import { sampleDelta } from './sample-delta.js';

const root = new URL('../../', import.meta.url);
const lineUrl = (path: string, line: number): string =>
  `https://github.com/acme/shop/blob/${'b'.repeat(40)}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`;

function gated() {
  const delta = sampleDelta();
  return { ...delta, gate: evaluateGate(delta, { maxModuleDrop: 0, noNewErrors: true }) };
}

describe('markdown (the pull request comment)', () => {
  it('matches the golden comment: headline, gate reasons, table worst first, new and fixed messages', async () => {
    const markdown = formatMarkdown(gated(), { lineUrl });
    await expect(markdown).toMatchFileSnapshot('./golden/pr-comment.md');
    expect(markdown.startsWith(`${COMMENT_MARKER}\n### upkeep: `)).toBe(true);
  });

  it('escapes paths and messages so code cannot inject markdown, HTML, mentions or table cells', () => {
    const markdown = formatMarkdown(sampleDelta(), { lineUrl });
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toContain('@here');
    expect(markdown).not.toContain('**bold**');
    expect(markdown).toContain('src/new \\| \\`weird\\` &lt;b&gt;name&lt;/b&gt;.js (new)');
    // every table row keeps its 6 cells: no unescaped pipe leaks from a path
    for (const row of markdown.split('\n').filter((line) => line.startsWith('| src'))) {
      expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(6);
    }
    expect(escapeMarkdown('a\nb')).toBe('a b');
  });

  it('stays under the comment limit by shortening the lists, with a note', () => {
    const delta = sampleDelta();
    const many = Array.from({ length: 3000 }, (_, index) => ({
      ruleId: 'no-undef',
      category: 'E' as const,
      line: index + 1,
      column: 1,
      message: `'name_${index}' is not defined.`,
      onChangedLine: true,
    }));
    const huge = {
      ...delta,
      modules: delta.modules.map((module, index) => (index === 0 ? { ...module, introduced: many } : module)),
    };
    const full = formatMarkdown(huge, { maxLength: Number.MAX_SAFE_INTEGER });
    expect(full.length).toBeGreaterThan(65_536);
    const cut = formatMarkdown(huge);
    expect(cut.length).toBeLessThanOrEqual(65_536);
    expect(cut.length).toBeGreaterThan(60_000);
    expect(cut).toMatch(/- … \d+ more not shown/);
    expect(cut.trimEnd().endsWith('_Shortened to fit the comment limit; run `upkeep diff` for the full report._')).toBe(
      true,
    );
    expect(formatMarkdown(huge, { maxLength: 2_000 }).length).toBeLessThanOrEqual(2_000);
  });

  it('says so in one short comment when no module changed', () => {
    const delta = { ...sampleDelta(), modules: [] };
    expect(formatMarkdown(delta).split('\n').slice(2).join('\n')).toBe(
      '\nNo JavaScript or TypeScript module changed: the scores stay as they were.\n',
    );
  });
});

describe('text, JSON, SARIF, GitLab and chat', () => {
  it('prints the delta in pylint style with renames and counts by category', async () => {
    await expect(formatDeltaText(gated(), { colors: false })).toMatchFileSnapshot('./golden/delta.txt');
    expect(formatDeltaText(sampleDelta(), { colors: false })).toContain(
      'src/tax table.js, renamed from src/old_tax.js: 9.00/10 (9.00/10 before, +0.00)',
    );
  });

  it('writes Delta JSON that validates against schemas/delta.schema.json', () => {
    const schema = JSON.parse(readFileSync(new URL('schemas/delta.schema.json', root), 'utf8'));
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const json = JSON.parse(formatDeltaJson(gated()));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    json.modules[0].change = 'moved';
    expect(validate(json)).toBe(false);
  });

  it('writes SARIF 2.1.0 that validates against the schema, one result per new message', () => {
    const schema = JSON.parse(
      readFileSync(new URL('test/sarif-2.1.0-subset.schema.json', new URL('../', import.meta.url)), 'utf8'),
    );
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const sarif = JSON.parse(formatSarif(sampleDelta()));
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const results = sarif.runs[0].results;
    expect(results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['no-undef', 'error'],
      ['no-console', 'note'],
    ]);
    expect(results[1].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'src/new%20%7C%20%60weird%60%20%3Cb%3Ename%3C/b%3E.js',
    );
    delete sarif.version;
    expect(validate(sarif)).toBe(false);
  });

  it('writes a GitLab Code Quality report with stable fingerprints and severities', () => {
    const issues = JSON.parse(formatGitlabCodeQuality(sampleDelta()));
    expect(
      issues.map(
        (issue: { check_name: string; severity: string; location: { path: string; lines: { begin: number } } }) => [
          issue.check_name,
          issue.severity,
          issue.location.path,
          issue.location.lines.begin,
        ],
      ),
    ).toEqual([
      ['no-undef', 'critical', 'src/dataservice/closer.js', 7],
      ['no-console', 'minor', 'src/new | `weird` <b>name</b>.js', 2],
    ]);
    const moved = sampleDelta();
    moved.modules[1]!.introduced[0]!.line = 40;
    expect(JSON.parse(formatGitlabCodeQuality(moved))[0].fingerprint).toBe(issues[0].fingerprint);
  });

  it('sums a change up in a few chat lines', () => {
    expect(formatChatSummary(gated(), { title: 'PR <42>', link: 'https://example.test/pr/42' })).toBe(
      [
        'upkeep PR &lt;42&gt;: 9.37/10 → 9.04/10 (-0.33) · gate FAILED',
        '5 changed modules · 2 new messages on changed lines · 3 fixed',
        'worst: src/dataservice/closer.js -5.00',
        '✗ src/dataservice/closer.js: dropped 5.00 points (10.00/10 → 5.00/10), more than --max-module-drop 0',
        '✗ src/dataservice/closer.js: 1 new error (first: 7:3 no-undef), --no-new-errors',
        'https://example.test/pr/42',
      ].join('\n'),
    );
  });
});
