import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ResultCache, type CachedEntry } from '../src/cache/result-cache.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function stateDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-cache-'));
  dirs.push(dir);
  return dir;
}

const KEY = 'config0123456789abcdef01';
const packDir = (state: string): string => join(state, 'cache', KEY);
const packs = (state: string): string[] => readdirSync(packDir(state)).filter((name) => name.startsWith('pack-'));

function facts(statements: number): CachedEntry {
  return {
    kind: 'facts',
    facts: {
      statements,
      parseable: true,
      messages: [
        { ruleId: 'eqeqeq', fatal: false, line: 2, column: 7, message: 'Expected "===" and instead saw "==".' },
      ],
      ruleTypes: {},
    },
  };
}

/** One run: stores `count` entries from `from` on, then ends as analyze() does. */
async function run(state: string, from: number, count: number): Promise<ResultCache> {
  const cache = new ResultCache(state, KEY);
  const writes: Promise<void>[] = [];
  for (let i = from; i < from + count; i++) {
    expect(await cache.get(`.js:blob${i}`)).toBeUndefined();
    writes.push(cache.set(`.js:blob${i}`, facts(i)));
  }
  await cache.flush();
  await Promise.all(writes);
  return cache;
}

describe('ResultCache: entries packed many to a file', () => {
  it('writes one pack per run and gives every entry back to the next run, by the counters', async () => {
    const state = stateDir();
    const first = await run(state, 0, 300);
    expect(first.counters).toEqual({ hits: 0, misses: 300, writes: 300 });
    expect(packs(state)).toHaveLength(1);

    const second = new ResultCache(state, KEY);
    expect(await second.get('.js:blob7')).toEqual(facts(7));
    expect(await second.get('.js:blob299')).toEqual(facts(299));
    expect(await second.get('.js:blob300')).toBeUndefined();
    expect(second.counters).toEqual({ hits: 2, misses: 1, writes: 0 });
    await second.flush();
    // a run that only reads writes nothing
    expect(packs(state)).toHaveLength(1);
  });

  it('reads a pack once per process: a second cache of the configuration takes what the first read', async () => {
    const state = stateDir();
    await run(state, 0, 20);
    const [name] = packs(state);
    const first = new ResultCache(state, KEY);
    expect(await first.get('.js:blob3')).toEqual(facts(3));
    // packs never change once written; were this one read again, its entries would be misses now
    writeFileSync(join(packDir(state), name!), 'not a pack any more\n');
    const second = new ResultCache(state, KEY);
    expect(await second.get('.js:blob3')).toEqual(facts(3));
    expect(await second.get('.js:blob19')).toEqual(facts(19));
    // a pack this process has not read yet is read
    await run(state, 20, 5);
    const third = new ResultCache(state, KEY);
    expect(await third.get('.js:blob22')).toEqual(facts(22));
    expect(await third.get('.js:blob3')).toEqual(facts(3));
  });

  it('splits a long run into packs of 500 entries, written while it runs', async () => {
    const state = stateDir();
    const cache = new ResultCache(state, KEY);
    const writes = Array.from({ length: 1200 }, (_, i) => cache.set(`.ts:b${i}`, facts(i)));
    // the first two packs are written without a flush
    await Promise.all(writes.slice(0, 1000));
    expect(packs(state)).toHaveLength(2);
    await cache.flush();
    await Promise.all(writes);
    expect(packs(state)).toHaveLength(3);
    const next = new ResultCache(state, KEY);
    for (const i of [0, 499, 500, 999, 1000, 1199]) expect(await next.get(`.ts:b${i}`)).toEqual(facts(i));
  });

  it('writes waiting entries a few seconds after the first, without a flush', async () => {
    const state = stateDir();
    const cache = new ResultCache(state, KEY);
    const written = cache.set('.js:late', facts(1));
    await written;
    expect(packs(state)).toHaveLength(1);
    expect(await new ResultCache(state, KEY).get('.js:late')).toEqual(facts(1));
  }, 25_000);

  it('merges more than 16 packs into one at the end of a run, keeping every entry', async () => {
    const state = stateDir();
    for (let r = 0; r < 18; r++) await run(state, r * 10, 10);
    // each run read the packs before it; the 17th and 18th ended with more than 16 and merged them
    expect(packs(state).length).toBeLessThanOrEqual(2);
    const cache = new ResultCache(state, KEY);
    for (let i = 0; i < 180; i++) expect(await cache.get(`.js:blob${i}`)).toEqual(facts(i));
    expect(cache.counters).toEqual({ hits: 180, misses: 0, writes: 0 });
  });

  it('keeps a pack another run wrote after this one read the directory', async () => {
    const state = stateDir();
    for (let r = 0; r < 15; r++) await run(state, r * 10, 10);
    const slow = new ResultCache(state, KEY);
    expect(await slow.get('.js:blob0')).toEqual(facts(0)); // reads the directory now
    await run(state, 1000, 5); // another run, meanwhile: 16 packs, none merged
    expect(packs(state)).toHaveLength(16);
    const writing = slow.set('.js:slow', facts(2));
    await slow.flush();
    await writing;
    // the 15 packs it read and its own became one; the other run's pack is left alone
    expect(packs(state)).toHaveLength(2);
    const after = new ResultCache(state, KEY);
    for (const key of ['.js:blob0', '.js:blob69', '.js:blob1004', '.js:slow'])
      expect(await after.get(key)).toBeDefined();
  });

  it('two runs writing at once both keep their entries', async () => {
    const state = stateDir();
    await Promise.all([run(state, 0, 600), run(state, 600, 600)]);
    const cache = new ResultCache(state, KEY);
    for (const i of [0, 599, 600, 1199]) expect(await cache.get(`.js:blob${i}`)).toEqual(facts(i));
    expect(readdirSync(packDir(state)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('ignores a pack that does not read back whole (its entries are misses) and removes it when merging', async () => {
    const state = stateDir();
    await run(state, 0, 10);
    const [whole] = packs(state);
    const text = readFileSync(join(packDir(state), whole!), 'utf8');
    // a pack cut short, as a copy interrupted by a full disk would leave it; and a foreign file
    writeFileSync(
      join(packDir(state), 'pack-0000000001-1-cut.ndjson'),
      text.replace('.js:blob0', '.js:cut0').slice(0, -40),
    );
    writeFileSync(join(packDir(state), 'pack-0000000002-1-foreign.ndjson'), 'not a pack\n');
    const cache = new ResultCache(state, KEY);
    expect(await cache.get('.js:cut0')).toBeUndefined();
    expect(await cache.get('.js:blob3')).toEqual(facts(3));
    for (let r = 1; r < 16; r++) await run(state, r * 10, 10);
    const names = packs(state);
    expect(names.some((name) => name.includes('cut') || name.includes('foreign'))).toBe(false);
    const after = new ResultCache(state, KEY);
    for (let i = 0; i < 160; i++) expect(await after.get(`.js:blob${i}`)).toEqual(facts(i));
  });

  it('drops, when merging, entries neither read nor written for 30 days, and keeps old ones this run read', async () => {
    const state = stateDir();
    mkdirSync(packDir(state), { recursive: true });
    const old = Math.floor(Date.now() / 86_400_000) - 31;
    const line = (key: string): string => `${JSON.stringify(key)}\t${old}\t${JSON.stringify(facts(5))}`;
    writeFileSync(
      join(packDir(state), 'pack-0000000001-1-old.ndjson'),
      `{"format":"upkeep-result-pack","version":1}\n${line('.js:stale')}\n${line('.js:read')}\n`,
    );
    for (let r = 0; r < 15; r++) await run(state, r * 10, 10); // 16 packs now, none merged yet
    const cache = new ResultCache(state, KEY);
    expect(await cache.get('.js:read')).toEqual(facts(5));
    const writing = cache.set('.js:new', facts(6));
    await cache.flush();
    await writing;
    expect(packs(state)).toHaveLength(1);
    const after = new ResultCache(state, KEY);
    expect(await after.get('.js:stale')).toBeUndefined();
    expect(await after.get('.js:read')).toEqual(facts(5));
    expect(await after.get('.js:new')).toEqual(facts(6));
    expect(await after.get('.js:blob69')).toEqual(facts(69));
  });

  it('removes temporary files older than an hour and the folders of the one-file-per-entry layout', async () => {
    const state = stateDir();
    mkdirSync(join(packDir(state), 'ab'), { recursive: true });
    writeFileSync(join(packDir(state), 'ab', 'cdef.json'), '{}');
    const stale = join(packDir(state), 'pack-x.ndjson.1.dead.tmp');
    const fresh = join(packDir(state), 'pack-y.ndjson.2.live.tmp');
    writeFileSync(stale, 'half');
    writeFileSync(fresh, 'half');
    const hoursAgo = (Date.now() - 2 * 3_600_000) / 1000;
    utimesSync(stale, hoursAgo, hoursAgo);
    await run(state, 0, 1);
    const names = readdirSync(packDir(state));
    expect(names).not.toContain('ab');
    expect(names).not.toContain('pack-x.ndjson.1.dead.tmp');
    expect(names).toContain('pack-y.ndjson.2.live.tmp');
  });

  it('a write that fails rejects the promise of each entry it carried, and the flush', async () => {
    const state = stateDir();
    // a file where the cache folder should be: no pack can be written
    writeFileSync(join(state, 'cache'), 'in the way');
    const cache = new ResultCache(state, KEY);
    const writing = cache.set('.js:a', facts(1));
    await expect(cache.flush()).rejects.toThrow();
    await expect(writing).rejects.toThrow();
  });
});
