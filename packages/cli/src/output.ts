import { resolve } from 'node:path';
import { writeFileAtomic } from '@upkeep/analyzer';
import { UsageError, type CliIo } from './io.js';

/** Writes a report to stdout, or atomically to --out (never a half-written file). */
export async function writeOutput(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined || out === '-') {
    io.stdout.write(text);
    return;
  }
  try {
    await writeFileAtomic(resolve(io.cwd, out), text);
  } catch (error) {
    throw new UsageError(`--out ${out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
