import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseUpkeepConfig, type UpkeepConfig } from '@upkeep/core';
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
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
    throw new UsageError(`${name}: ${jsonSyntaxError(text, (error as Error).message)}`);
  }
  const parsed = parseUpkeepConfig(json, name);
  if (!parsed.ok) throw new UsageError(parsed.errors.join('\n'));
  return parsed.config;
}

/**
 * Where and why JSON does not parse, as an editor shows it: `line 3, column 1: Expected double-quoted
 * property name`. The reason is V8's; the place comes from jsonc-parser in strict JSON mode, since
 * V8 gives no offset for some errors ("Unexpected token '}'") and none for the end of input.
 */
function jsonSyntaxError(text: string, message: string): string {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const v8 = /\s+at position (\d+)/.exec(message);
  const first = errors[0];
  const offset = v8 ? Number(v8[1]) : (first?.offset ?? text.length);
  const reason = v8
    ? message.slice(0, v8.index)
    : first !== undefined && first.length > 0
      ? `unexpected ${JSON.stringify(text.slice(first.offset, first.offset + first.length))} (${printParseErrorCode(first.error)})`
      : message.replace(/, (?:\.\.\.)?"[^]*" is not valid JSON$/, '');
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${reason}`;
}
