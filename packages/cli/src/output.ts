import { stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
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
    throw new UsageError(`--out ${out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
