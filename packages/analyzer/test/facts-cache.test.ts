import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir } from '@upkeep/test-utils';
import { rmSync } from 'node:fs';
import { FACTS_CACHE_VERSION, FactsStore, factsCacheFile } from '../src/environment/facts-cache.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function stateDir(): string {
  const dir = createTempDir();
  dirs.push(dir);
  return join(dir, '.upkeep');
}

const TODAY = Math.floor(Date.now() / 86_400_000);

describe('the facts cache', () => {
  it('keeps what other runs learned, drops what was unused for 30 days, and ignores other versions', async () => {
    const state = stateDir();
    const first = await FactsStore.open(state);
    expect(await first.learn('src/a.js', 'a'.repeat(40), Buffer.from('export const a = 1;\n'))).toEqual({
      kind: 'module',
    });
    expect(await first.learn('src/b.js', 'b'.repeat(40), Buffer.from([1, 0, 2]))).toMatchObject({ reason: 'binary' });
    await first.save();

    // a run that sees only a third blob keeps the first two
    const second = await FactsStore.open(state);
    await second.learn('src/c.js', 'c'.repeat(40), Buffer.from('module.exports = 3;\n'));
    await second.save();
    const third = await FactsStore.open(state);
    expect(third.classOf('a'.repeat(40))).toEqual({ kind: 'module' });
    expect(third.knownFacts('src/a.js', 'a'.repeat(40))).toMatchObject({ moduleSyntax: true });
    // the facts depend on the kind of file: the same blob as a test file is not known yet
    expect(third.knownFacts('test/a.js', 'a'.repeat(40))).toBeUndefined();
    expect(third.classOf('b'.repeat(40))).toMatchObject({ kind: 'skip', reason: 'binary' });
    expect(third.classOf('c'.repeat(40))).toEqual({ kind: 'module' });

    // an entry last used 31 days ago is dropped at the next write; one used 30 days ago is kept
    const file = factsCacheFile(state);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    expect(stored.version).toBe(FACTS_CACHE_VERSION);
    stored.days[`c:${'a'.repeat(40)}`] = TODAY - 31;
    stored.days[`c:${'b'.repeat(40)}`] = TODAY - 30;
    writeFileSync(file, JSON.stringify(stored));
    await (await FactsStore.open(state)).save();
    const pruned = await FactsStore.open(state);
    expect(pruned.classOf('a'.repeat(40))).toBeUndefined();
    expect(pruned.classOf('b'.repeat(40))).toMatchObject({ reason: 'binary' });

    // a file of another version is not read
    writeFileSync(file, JSON.stringify({ ...stored, version: FACTS_CACHE_VERSION + 1 }));
    expect((await FactsStore.open(state)).classOf('b'.repeat(40))).toBeUndefined();
  });

  it('writes nothing without a state directory', async () => {
    const state = stateDir();
    mkdirSync(state, { recursive: true });
    const store = await FactsStore.open(undefined);
    await store.learn('src/a.js', 'a'.repeat(40), Buffer.from('export const a = 1;\n'));
    expect(store.classOf('a'.repeat(40))).toEqual({ kind: 'module' });
    await store.save();
    expect(() => readFileSync(factsCacheFile(state))).toThrow();
  });
});
