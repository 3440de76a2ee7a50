import { stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { writeFileAtomic } from '@upkeep/analyzer';
import { UsageError, type CliIo } from './io.js';

/** Writes a report to stdout, or atomically to --out (never a half-written file). */
export async function writeOutput(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined || out === '-') {
    io.stdout.write(text);
    return;
  }
  const file = resolve(io.cwd, out);
  try {
    // a device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to, never replaced
    const existing = await stat(file).catch(() => undefined);
    if (existing && !existing.isFile()) await writeFile(file, text);
    else await writeFileAtomic(file, text);
  } catch (error) {
    throw new UsageError(
      `--out ${out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

/**
 * Checks before any work that --out can be written: its directory exists and is a directory.
 * A missing directory is not created (a typo would scatter reports); the message names it.
 */
export async function checkOutput(out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined || out === '-') return;
  const directory = dirname(resolve(io.cwd, out));
  const info = await stat(directory).catch(() => undefined);
  // named as the user wrote it: an absolute path stays absolute
  const shown = isAbsolute(out) ? directory : relative(io.cwd, directory) || '.';
  if (info === undefined)
    throw new UsageError(`--out ${out}: the directory ${shown} does not exist; create it first or write elsewhere`);
  if (!info.isDirectory()) throw new UsageError(`--out ${out}: ${shown} is not a directory`);
}
