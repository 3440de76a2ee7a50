import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir } from '@upkeep/test-utils';
import { rmSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function problem(text: string): Promise<string> {
  const dir = createTempDir();
  dirs.push(dir);
  const file = join(dir, 'upkeep.config.json');
  writeFileSync(file, text);
  return loadConfig(file, dir).then(
    () => 'loaded',
    (error: Error) => error.message,
  );
}

describe('upkeep.config.json that is not valid JSON: the line and column of the error', () => {
  it('gives the place of every kind of syntax error, counted from 1 as editors do', async () => {
    const cases: [string, string][] = [
      ['{\n  "include": ["src"],\n}\n', 'line 3, column 1: Expected double-quoted property name in JSON'],
      ['{\n  "failUnder": tru\n}\n', 'line 2, column 16: unexpected "tru" (InvalidSymbol)'],
      ['{\n  "jobs": 2\n', "line 3, column 1: Expected ',' or '}' after property value in JSON"],
      ['', 'line 1, column 1: Unexpected end of JSON input'],
      ['{\n  "jobs": 2\n}}', 'line 3, column 2: Unexpected non-whitespace character after JSON'],
      ['{\n  // a comment\n  "jobs": 2\n}', "line 2, column 3: Expected property name or '}' in JSON"],
    ];
    for (const [text, where] of cases)
      expect(await problem(text)).toBe(`upkeep.config.json: not valid JSON at ${where}`);
  });
});
