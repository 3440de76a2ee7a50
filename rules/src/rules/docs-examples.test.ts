import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import type { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { RULES } from './index.js';

/**
 * The doc page of every rule: each code sample parses, the page says when not to use the rule, and
 * the examples do what they say: every "Incorrect" sample triggers the rule, no "Correct" sample
 * does. A sample sets options with an inline comment, `/* eslint @upkeep/<id>: ["error", {…}] *\/`,
 * which ESLint itself reads.
 */
const rulesDir = fileURLToPath(new URL('.', import.meta.url));
const ids = readdirSync(rulesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const REQUIRED_SECTIONS = [
  '## What it checks, and why',
  '## Options',
  '## Incorrect',
  '## Correct',
  '## When Not To Use It',
];
const LANGUAGES: Record<string, string> = {
  js: 'js',
  javascript: 'js',
  jsx: 'jsx',
  ts: 'ts',
  typescript: 'ts',
  tsx: 'tsx',
};

interface Sample {
  section: string;
  language: string;
  code: string;
  /** 1-based line of the opening fence */
  line: number;
}

function samples(page: string): Sample[] {
  const result: Sample[] = [];
  let section = '';
  let open: Sample | undefined;
  page.split('\n').forEach((line, index) => {
    if (open) {
      if (line.startsWith('```')) {
        result.push(open);
        open = undefined;
      } else open.code += `${line}\n`;
      return;
    }
    const heading = /^## (.*)$/.exec(line);
    if (heading) section = heading[1]!;
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence) open = { section, language: fence[1]!, code: '', line: index + 1 };
  });
  return result;
}

const plugin: ESLint.Plugin = { rules: RULES };
const linter = new Linter({ configType: 'flat' });

function lint(ruleId: string, sample: Sample): Linter.LintMessage[] {
  const extension = LANGUAGES[sample.language]!;
  return linter.verify(
    sample.code,
    [
      {
        files: ['**/*'],
        plugins: { '@upkeep': plugin },
        languageOptions: { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
        rules: { [`@upkeep/${ruleId}`]: 'error' },
      },
    ],
    { filename: `example.${extension}` },
  );
}

describe.each(ids)('the doc page of %s', (ruleId) => {
  const file = `${rulesDir}${ruleId}/${ruleId}.md`;
  const page = readFileSync(file, 'utf8');
  const all = samples(page);
  const where = (sample: Sample): string => `${ruleId}.md:${sample.line} (${sample.section})`;

  it('has every section, "When Not To Use It" included', () => {
    expect(REQUIRED_SECTIONS.filter((section) => !page.includes(`\n${section}\n`))).toEqual([]);
  });

  it('tags every code sample with its language, and every sample parses', () => {
    for (const sample of all) {
      expect(Object.keys(LANGUAGES), `${where(sample)}: a code fence needs a language (js, ts, jsx, tsx)`).toContain(
        sample.language,
      );
      const fatal = lint(ruleId, sample).filter((message) => message.fatal);
      expect(
        fatal.map((message) => `${message.line}:${message.column} ${message.message}`),
        `${where(sample)} does not parse`,
      ).toEqual([]);
    }
  });

  it('has "Incorrect" samples that trigger the rule and "Correct" samples that do not', () => {
    const incorrect = all.filter((sample) => sample.section === 'Incorrect');
    const correct = all.filter((sample) => sample.section === 'Correct');
    expect(incorrect.length, `${ruleId}.md: no code sample under "## Incorrect"`).toBeGreaterThan(0);
    expect(correct.length, `${ruleId}.md: no code sample under "## Correct"`).toBeGreaterThan(0);
    for (const sample of incorrect) {
      const reported = lint(ruleId, sample).filter((message) => message.ruleId === `@upkeep/${ruleId}`);
      expect(reported.length, `${where(sample)}: the rule reports nothing on this "incorrect" example`).toBeGreaterThan(
        0,
      );
    }
    for (const sample of correct) {
      const reported = lint(ruleId, sample).filter(
        (message) => message.ruleId === `@upkeep/${ruleId}` || message.fatal,
      );
      expect(
        reported.map((message) => `${message.line}:${message.column} ${message.message}`),
        `${where(sample)}: the rule reports this "correct" example`,
      ).toEqual([]);
    }
  });
});
