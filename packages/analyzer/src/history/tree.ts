import { gitIn, splitNul } from '../sources/git.js';

/** Modules git sees as renamed between two commits (old path → new path), relative to the project root. */
export async function renamesBetween(
  top: string,
  prefix: string,
  from: string,
  to: string,
): Promise<Record<string, string>> {
  const output = await gitIn(top).raw([
    'diff',
    '--find-renames',
    '--name-status',
    '-z',
    '--no-ext-diff',
    from,
    to,
    '--',
    prefix || '.',
  ]);
  const fields = splitNul(output);
  const renames: Record<string, string> = {};
  const strip = (path: string): string => (prefix ? path.slice(prefix.length + 1) : path);
  for (let i = 0; i < fields.length;) {
    const status = fields[i]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      if (status.startsWith('R')) renames[strip(fields[i + 1]!)] = strip(fields[i + 2]!);
      i += 3;
    } else i += 2;
  }
  return renames;
}
