import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { categoryOf } from '../categories.js';
import { configs } from '../presets/configs.js';
import { countStatements } from './count-statements.js';

// the section "Counting statements" of docs/scoring.md, where users read how statements are counted
const readme = readFileSync(new URL('../../../docs/scoring.md', import.meta.url), 'utf8');
const fixture = readFileSync(new URL('./__testfixtures__/worked-example.cjs', import.meta.url), 'utf8');

function workedExample(): string {
  const block = /### Worked example[\s\S]*?```js\n([\s\S]*?)```/.exec(readme);
  if (block?.[1] === undefined) throw new Error('docs/scoring.md has no js code block under "### Worked example"');
  return block[1];
}

describe('the worked example of "Counting statements"', () => {
  it('is the hand-counted fixture, without its header', () => {
    expect(workedExample()).toBe(fixture.split('\n').slice(3).join('\n'));
  });

  it('has the 12 statements and the three messages the text gives', async () => {
    const code = workedExample();
    expect(countStatements(parse(code, { sourceType: 'script' }))).toBe(12);
    const cwd = tmpdir();
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: configs.recommended });
    const [result] = await eslint.lintText(code, { filePath: join(cwd, 'config.cjs') });
    expect(result?.messages.map((message) => [message.line, message.ruleId, categoryOf(message.ruleId ?? '')])).toEqual(
      [
        [2, 'no-var', 'C'],
        [7, 'no-unused-vars', 'W'],
        [13, 'no-undef', 'E'],
      ],
    );
  });
});
