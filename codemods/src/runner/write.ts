import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError, ensureStateDir, writeFileAtomic } from '@upkeep/analyzer';
import type { FileChange } from './types.js';

const JOURNAL_DIR = 'codemod-journal';
const MANIFEST = 'manifest.json';

interface JournalEntry {
  path: string;
  backup: string;
  mode: number;
}

/** Files written by a codemod, until the change is kept (`commit`) or undone byte for byte (`rollback`). */
export interface WrittenChange {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/**
 * Writes every change or none. The original bytes of each file go to a journal in
 * `.upkeep/codemod-journal/` first; each file is then replaced by temp file + rename (its mode
 * kept). If any write fails, the files already written are restored from the journal and the
 * error is rethrown. A process killed half-way leaves the journal behind: `recoverInterrupted`
 * (called at the start of every codemod run) puts the originals back.
 */
export async function writeAllOrNothing(root: string, changes: readonly FileChange[]): Promise<WrittenChange> {
  const originals = await preflight(root, changes);
  const journal = join(await ensureStateDir(root), JOURNAL_DIR);
  await rm(journal, { recursive: true, force: true });
  await mkdir(journal, { recursive: true });
  const entries: JournalEntry[] = [];
  for (const [index, change] of changes.entries()) {
    const backup = `${index}.orig`;
    await writeFile(join(journal, backup), originals[index]!.bytes);
    entries.push({ path: change.path, backup, mode: originals[index]!.mode });
  }
  await writeFileAtomic(join(journal, MANIFEST), JSON.stringify({ entries }, null, 2));

  const rollback = async (): Promise<void> => {
    await restore(root, journal, entries);
    await rm(journal, { recursive: true, force: true });
  };
  try {
    for (const [index, change] of changes.entries()) {
      const file = join(root, change.path);
      if (change.after === null) await rm(file);
      else await replaceFile(file, change.after, originals[index]!.mode);
    }
  } catch (error) {
    await rollback();
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `writing the changes failed (${code ?? (error as Error).message}); every file was restored as it was`,
    );
  }
  return { commit: () => rm(journal, { recursive: true, force: true }), rollback };
}

/** Restores the files of a run that was killed while writing; returns the paths restored. */
export async function recoverInterrupted(root: string): Promise<string[]> {
  const journal = join(root, '.upkeep', JOURNAL_DIR);
  const manifest = await readFile(join(journal, MANIFEST), 'utf8').catch(() => undefined);
  if (manifest === undefined) {
    await rm(journal, { recursive: true, force: true });
    return [];
  }
  const { entries } = JSON.parse(manifest) as { entries: JournalEntry[] };
  await restore(root, journal, entries);
  await rm(journal, { recursive: true, force: true });
  return entries.map((entry) => entry.path);
}

async function restore(root: string, journal: string, entries: readonly JournalEntry[]): Promise<void> {
  for (const entry of entries) {
    const bytes = await readFile(join(journal, entry.backup));
    const file = join(root, entry.path);
    const current = await readFile(file).catch(() => undefined);
    if (current && current.equals(bytes)) continue;
    await mkdir(dirname(file), { recursive: true });
    await replaceFile(file, bytes, entry.mode);
  }
}

async function replaceFile(file: string, content: string | Buffer, mode: number): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.upkeep-tmp`;
  try {
    await writeFile(temp, content);
    await chmod(temp, mode & 0o7777);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Every file must still hold what was planned on and be writable, before anything is touched. */
async function preflight(root: string, changes: readonly FileChange[]): Promise<{ bytes: Buffer; mode: number }[]> {
  const problems: string[] = [];
  const originals = await Promise.all(
    changes.map(async (change) => {
      const file = join(root, change.path);
      try {
        const [bytes, info] = await Promise.all([readFile(file), stat(file)]);
        if (bytes.toString('utf8') !== change.before)
          problems.push(`${change.path}: changed on disk while the codemod ran; run it again`);
        await access(file, constants.W_OK).catch(() =>
          problems.push(`${change.path}: read-only file; make it writable (chmod u+w) or leave it out of the paths`),
        );
        await access(dirname(file), constants.W_OK).catch(() =>
          problems.push(`${change.path}: its directory is read-only`),
        );
        return { bytes, mode: info.mode };
      } catch (error) {
        problems.push(
          `${change.path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        );
        return { bytes: Buffer.alloc(0), mode: 0o644 };
      }
    }),
  );
  if (problems.length > 0) throw new InputError(`nothing was written:\n  ${problems.join('\n  ')}`);
  return originals;
}
