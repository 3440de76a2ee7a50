import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import type { LintFacts } from '../lint/lint-spec.js';

export interface CacheCounters {
  hits: number;
  misses: number;
  writes: number;
}

/** A cached fact about one blob: its lint facts, or why it is not a module (binary, minified…). */
export type CachedEntry = { kind: 'facts'; facts: LintFacts } | { kind: 'skip'; reason: string; detail: string };

/** The first line of every pack: what it is and which layout its lines follow. */
const PACK_HEADER = '{"format":"upkeep-result-pack","version":1}';
const PACK_PREFIX = 'pack-';
const PACK_SUFFIX = '.ndjson';
/** New entries written together in one pack once this many are waiting… */
const PACK_ENTRIES = 500;
/**
 * …or this long after the first of them came (ms): what a run killed outright can lose (an
 * interrupted run flushes). At 3 s a cold run of 2,000 modules on two loaded cores wrote about 20
 * small packs and then merged them (rewriting every entry: 0.9 CPU-s of its main thread); at 10 s
 * it writes about six and merges none.
 */
const PACK_DELAY_MS = 10_000;
/** More packs than this in a configuration's directory are merged into one when a run ends. */
const MAX_PACKS = 16;
/** Entries neither read nor written for this many days are dropped when packs are merged. */
const KEEP_DAYS = 30;
const DAY_MS = 86_400_000;
/** A temporary file this old belongs to a run that died before its rename. */
const STALE_TEMP_MS = 3_600_000;

interface Held {
  /** the entry's JSON text as stored; parsed when asked for */
  json: string;
  /** the day (days since 1970, UTC) it was last written or read */
  day: number;
}

/**
 * The entries of the packs this process has read, by file path. A pack is written once, under a
 * name of its own, and never changed (a merge writes a new one), so what was read stays true:
 * `upkeep diff` analyzes the head and then the base of a change with two caches of one
 * configuration and reads each pack (tens of MB on a large project) once instead of twice.
 */
const readPacks = new Map<string, ReadonlyArray<readonly [string, Held]>>();

/**
 * The analysis cache of one configuration: entries keyed by blob (and kind of file, environment,
 * path when the configuration needs it), under `.upkeep/cache/<config key>/`, packed many to a file.
 *
 * - A run reads every pack of its configuration once (one read per pack, not per module), keeps
 *   each entry's JSON text by key and parses an entry only when asked for it; a pack already read
 *   by this process is not read again (packs never change once written).
 * - New entries are written together, `PACK_ENTRIES` at a time or `PACK_DELAY_MS` after the first
 *   of them, and by {@link flush}: each write is a new pack with a unique name, written to a
 *   temporary file and renamed, so a crash never leaves a torn pack and concurrent runs never
 *   write the same file. A pack that does not read back whole (a foreign or damaged file) is
 *   ignored: its entries are misses.
 * - {@link flush} at the end of a run merges the packs it read and wrote into one when there are
 *   more than `MAX_PACKS`, dropping entries unused for `KEEP_DAYS` days; it deletes only packs it
 *   read, so a pack another run writes meanwhile is kept.
 *
 * Counters: `hits` and `misses` per {@link get}, `writes` per {@link set}.
 */
export class ResultCache {
  readonly counters: CacheCounters = { hits: 0, misses: 0, writes: 0 };
  private readonly dir: string;
  private loaded: Promise<Map<string, Held>> | undefined;
  /** the packs read or written by this instance: the only ones a merge may delete */
  private readonly packs = new Set<string>();
  /** files named like packs that do not read back whole: deleted by a merge */
  private readonly damaged = new Set<string>();
  private pending = new Map<string, Held>();
  /** keys read from packs by this run: their day is renewed by a merge */
  private readonly used = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];

  /**
   * @param stateDir the `.upkeep` directory
   * @param configKey hash of the tool version and everything in the configuration that can change
   *   what the linter reports
   */
  constructor(stateDir: string, configKey: string) {
    this.dir = join(stateDir, 'cache', configKey);
  }

  /** The entry stored under `key`, or undefined (a miss). Never throws: an unreadable entry is a miss. */
  async get(key: string): Promise<CachedEntry | undefined> {
    const index = await this.index();
    const held = this.pending.get(key) ?? index.get(key);
    if (held !== undefined) {
      try {
        const entry = JSON.parse(held.json) as CachedEntry;
        if (entry.kind === 'facts' || entry.kind === 'skip') {
          this.counters.hits++;
          this.used.add(key);
          return entry;
        }
      } catch {
        // a damaged line: a miss
      }
    }
    this.counters.misses++;
    return undefined;
  }

  /**
   * Stores an entry. It is written with the next pack; the promise settles when that pack is on
   * disk (or its write failed). Call {@link flush} to write at once.
   */
  set(key: string, entry: CachedEntry): Promise<void> {
    this.pending.set(key, { json: JSON.stringify(entry), day: today() });
    this.counters.writes++;
    const written = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    // a failed write reaches whoever awaits this promise, and is no unhandled rejection before that
    written.catch(() => undefined);
    if (this.pending.size >= PACK_ENTRIES) void this.writePending().catch(() => undefined);
    else this.timer ??= setTimeout(() => void this.writePending().catch(() => undefined), PACK_DELAY_MS);
    return written;
  }

  /** Writes what is waiting as one pack, then merges this configuration's packs when there are too many. */
  async flush(): Promise<void> {
    await this.writePending();
    await this.merge().catch(() => undefined);
  }

  private index(): Promise<Map<string, Held>> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  /** Every entry of every whole pack in the directory; a missing directory is an empty cache. */
  private async load(): Promise<Map<string, Held>> {
    const index = new Map<string, Held>();
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((name) => name.startsWith(PACK_PREFIX) && name.endsWith(PACK_SUFFIX));
    } catch {
      return index;
    }
    // oldest first (the name starts with the time), so a newer entry of a key wins
    names.sort();
    const packs = await Promise.all(
      names.map(async (name) => {
        const path = join(this.dir, name);
        const known = readPacks.get(path);
        if (known) return known;
        const text = await readFile(path, 'utf8').catch(() => '');
        const entries = readPack(text);
        if (entries) readPacks.set(path, entries);
        return entries ?? (text === '' ? undefined : 'damaged');
      }),
    );
    for (const [i, entries] of packs.entries()) {
      if (entries === 'damaged') this.damaged.add(names[i]!);
      else if (entries !== undefined) {
        for (const [key, held] of entries) index.set(key, held);
        this.packs.add(names[i]!);
      }
    }
    return index;
  }

  /** Writes the pending entries as one new pack; every `set` promise taken so far settles with it. */
  private writePending(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const entries = this.pending;
    const waiters = this.waiters;
    this.pending = new Map();
    this.waiters = [];
    const write = async (): Promise<void> => {
      if (entries.size === 0) return;
      const name = packName();
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(join(this.dir, name), packText(entries));
      this.packs.add(name);
      const index = await this.index();
      for (const [key, held] of entries) index.set(key, held);
    };
    const done = this.writing.then(write);
    // packs are written one after another: a merge never misses one still being written
    this.writing = done.catch(() => undefined);
    done.then(
      () => waiters.forEach((waiter) => waiter.resolve()),
      (error: unknown) => waiters.forEach((waiter) => waiter.reject(error)),
    );
    return done;
  }

  /** With more than MAX_PACKS packs: one pack of the entries used in the last KEEP_DAYS days replaces those this run knows. */
  private async merge(): Promise<void> {
    await this.writing;
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    await removeLeftovers(this.dir, names);
    if (names.filter((name) => name.startsWith(PACK_PREFIX)).length <= MAX_PACKS || this.packs.size < 2) return;
    const index = await this.index();
    const now = today();
    const kept = new Map<string, Held>();
    for (const [key, held] of index) {
      const day = this.used.has(key) ? now : held.day;
      if (now - day <= KEEP_DAYS) kept.set(key, { json: held.json, day });
    }
    const replaced = [...this.packs, ...this.damaged];
    const name = packName();
    await writeFileAtomic(join(this.dir, name), packText(kept));
    this.packs.clear();
    this.damaged.clear();
    this.packs.add(name);
    for (const old of replaced) readPacks.delete(join(this.dir, old));
    await Promise.all(replaced.map((old) => rm(join(this.dir, old), { force: true })));
  }
}

function today(): number {
  return Math.floor(Date.now() / DAY_MS);
}

/** A new pack's name: the time first, so names sort oldest first; then enough randomness to be unique. */
function packName(): string {
  const time = Date.now().toString(36).padStart(10, '0');
  return `${PACK_PREFIX}${time}-${process.pid}-${randomBytes(6).toString('hex')}${PACK_SUFFIX}`;
}

/** The header line, then one line per entry: its key as a JSON string, a tab, its day, a tab, its JSON. */
function packText(entries: ReadonlyMap<string, Held>): string {
  const lines = [PACK_HEADER];
  for (const [key, held] of entries) lines.push(`${JSON.stringify(key)}\t${held.day}\t${held.json}`);
  return `${lines.join('\n')}\n`;
}

/** A pack's entries in file order; undefined when the text is not a whole pack. */
function readPack(text: string): Array<[string, Held]> | undefined {
  if (!text.startsWith(`${PACK_HEADER}\n`) || !text.endsWith('\n')) return undefined;
  const found: Array<[string, Held]> = [];
  let start = PACK_HEADER.length + 1;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end);
    start = end + 1;
    const tab = line.indexOf('\t');
    const tab2 = line.indexOf('\t', tab + 1);
    if (tab < 0 || tab2 < 0) return undefined;
    let key: unknown;
    try {
      key = JSON.parse(line.slice(0, tab));
    } catch {
      return undefined;
    }
    const day = Number(line.slice(tab + 1, tab2));
    if (typeof key !== 'string' || !Number.isInteger(day)) return undefined;
    found.push([key, { json: line.slice(tab2 + 1), day }]);
  }
  return found;
}

/**
 * Removes what no run will read: temporary files of runs that died before their rename (after an
 * hour, so a run still writing keeps its own) and entry folders of the one-file-per-entry layout
 * of earlier versions.
 */
async function removeLeftovers(dir: string, names: readonly string[]): Promise<void> {
  await Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      if (/^[0-9a-f]{2}$/.test(name)) return rm(path, { recursive: true, force: true });
      if (!name.endsWith('.tmp')) return;
      const info = await stat(path).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true });
    }),
  );
}
