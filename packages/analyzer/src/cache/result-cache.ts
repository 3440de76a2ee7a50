import { createHash } from 'node:crypto';
import { access, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import type { LintFacts } from '../lint/lint-spec.js';

export interface CacheCounters {
  hits: number;
  misses: number;
  writes: number;
}

/** A cached fact about one blob: its lint facts, or why it is not a module (binary, minified…). */
export type CachedEntry = { kind: 'facts'; facts: LintFacts } | { kind: 'skip'; reason: string; detail: string };

/**
 * The analysis cache: one small JSON file per (configuration, blob), content-addressed, under
 * `.upkeep/cache/<config key>/`. Files are written atomically, so concurrent runs sharing the
 * cache never read a torn entry; a corrupt entry counts as a miss. A run on unchanged files lints
 * nothing: it only hashes contents and reads entries.
 */
export class ResultCache {
  readonly counters: CacheCounters = { hits: 0, misses: 0, writes: 0 };
  private readonly dir: string;
  private readonly madeDirs = new Set<string>();
  /** whether this configuration's directory existed when first asked: a cold run then opens no entry */
  private existed: Promise<boolean> | undefined;

  /**
   * @param stateDir the `.upkeep` directory
   * @param configKey hash of the tool version and everything in the configuration that can change
   *   what the linter reports
   */
  constructor(stateDir: string, configKey: string) {
    this.dir = join(stateDir, 'cache', configKey);
  }

  async get(key: string): Promise<CachedEntry | undefined> {
    this.existed ??= access(this.dir).then(
      () => true,
      () => false,
    );
    if (!(await this.existed)) {
      this.counters.misses++;
      return undefined;
    }
    try {
      const entry = JSON.parse(await readFile(this.fileOf(key), 'utf8')) as CachedEntry;
      if (entry.kind === 'facts' || entry.kind === 'skip') {
        this.counters.hits++;
        return entry;
      }
    } catch {
      // missing or unreadable entry: a miss
    }
    this.counters.misses++;
    return undefined;
  }

  async set(key: string, entry: CachedEntry): Promise<void> {
    const file = this.fileOf(key);
    const parent = dirname(file);
    if (!this.madeDirs.has(parent)) {
      await mkdir(parent, { recursive: true });
      this.madeDirs.add(parent);
    }
    await writeFileAtomic(file, JSON.stringify(entry));
    this.counters.writes++;
  }

  private fileOf(key: string): string {
    const name = createHash('sha256').update(key).digest('hex');
    return join(this.dir, name.slice(0, 2), `${name.slice(2)}.json`);
  }
}
