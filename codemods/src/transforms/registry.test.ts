import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TRANSFORMS } from './index.js';

const DIR = fileURLToPath(new URL('./', import.meta.url));

describe('built-in transforms', () => {
  const folders = readdirSync(DIR)
    .filter((name) => statSync(join(DIR, name)).isDirectory())
    .sort();

  it('the registry lists exactly the transform folders on disk', () => {
    expect(Object.keys(BUILTIN_TRANSFORMS).sort()).toEqual(folders);
  });

  it.each(folders)('%s has its module, README, test and fixtures', (name) => {
    for (const file of [`${name}.ts`, `${name}.test.ts`, 'README.md', '__testfixtures__'])
      expect(existsSync(join(DIR, name, file)), file).toBe(true);
    expect(
      readdirSync(join(DIR, name, '__testfixtures__')).some((file) => file.startsWith('must-not-change.input.')),
    ).toBe(true);
  });
});
