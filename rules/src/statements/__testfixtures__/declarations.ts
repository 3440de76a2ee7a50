// Statement counting fixture: type-level declarations, namespaces and overloads.
// Expected statements: 22
// A line ending in "// n" starts n statements; every other line starts none.
import fs = require('node:fs'); // 1 (import-equals)

type Id = string | number; // 1

interface Options { // 1
  verbose?: boolean; // 0
  retries: number;
}

enum Level { // 1
  Low, // 0 (an enum member is not a statement)
  High,
}

declare const VERSION: string; // 1
declare function log(message: string): void; // 1

function parse(input: string): Id; // 1 (an overload signature)
function parse(input: number): Id; // 1
function parse(input: string | number): Id { // 1
  return typeof input === 'string' ? input.trim() : input; // 1
}

namespace Storage.Local { // 1 (a dotted namespace is one declaration)
  export const prefix = 'app:'; // 1
  export function key(id: Id): string { // 1
    return prefix + String(id); // 1
  }
  const unused = 0; // 1
}

declare module 'legacy-widget' { // 1
  export function render(target: unknown): void; // 1
}

declare global { // 1
  interface Window { // 1
    appVersion: string;
  }
}

export type { Options }; // 1
export { parse, Level, Storage }; // 1
log(VERSION + fs.constants.F_OK); // 1
