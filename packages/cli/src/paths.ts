import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isModulePath } from '@upkeep/analyzer';
import { UsageError } from './io.js';

/**
 * Turns the path arguments (relative to the working directory) into root-relative pathspecs.
 * On disk they must exist; with --ref they are looked up in the commit instead.
 */
export async function toPathspecs(
  args: readonly string[],
  cwd: string,
  root: string,
  onDisk: boolean,
): Promise<string[]> {
  const specs: string[] = [];
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    const rel = relative(root, absolute);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw new UsageError(`${arg}: outside the project root ${root}; run upkeep from inside that project`);
    }
    if (onDisk) {
      const info = await stat(absolute).catch(() => undefined);
      if (!info) throw new UsageError(`${arg}: no such file or directory`);
      if (info.isFile() && !isModulePath(absolute)) {
        throw new UsageError(
          `${arg}: not a JavaScript or TypeScript module (.js, .mjs, .cjs, .jsx, .ts, .mts, .cts, .tsx)`,
        );
      }
    }
    specs.push(rel.split(sep).join('/'));
  }
  return specs.includes('') ? [] : specs;
}
