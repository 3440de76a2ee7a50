import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseUpkeepConfig, type UpkeepConfig } from '@upkeep/core';
import { UsageError } from './io.js';

/** Reads and validates upkeep.config.json; every problem names the file and the field. */
export async function loadConfig(file: string | undefined, cwd: string): Promise<UpkeepConfig> {
  if (file === undefined) return {};
  const name = relative(cwd, file) || file;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${name}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${name}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseUpkeepConfig(json, name);
  if (!parsed.ok) throw new UsageError(parsed.errors.join('\n'));
  return parsed.config;
}

