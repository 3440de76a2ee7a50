import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ts } from '../runner/engine.js';

/** The package's public surface: files named by package.json main/module/exports/bin, and what they export. */
export interface PublicApi {
  entryFiles: Set<string>;
  /** symbols exported from an entry point under their own name (renaming them renames the public name) */
  exported: Set<ts.Symbol>;
  /** classes, interfaces and enums reachable from an entry point: their members are public too */
  containers: Set<ts.Symbol>;
}

const RESOLVE_SUFFIXES = ['', '.js', '.ts', '.mjs', '.cjs', '.mts', '.cts', '.jsx', '.tsx', '/index.js', '/index.ts'];

export function findPublicApi(root: string, packageJsonPaths: readonly string[], program: ts.Program): PublicApi {
  const api: PublicApi = { entryFiles: new Set(), exported: new Set(), containers: new Set() };
  const checker = program.getTypeChecker();
  for (const packageJson of packageJsonPaths) {
    const dir = dirname(join(root, packageJson));
    let manifest: Record<string, unknown>;
    try {
      manifest = JSON.parse(readFileSync(join(root, packageJson), 'utf8')) as Record<string, unknown>;
    } catch {
      continue;
    }
    const targets = [manifest.main, manifest.module, manifest.browser, manifest.exports, manifest.bin].flatMap(stringsIn);
    if (targets.length === 0 && manifest.private !== true) targets.push('index.js');
    for (const target of targets) {
      const file = RESOLVE_SUFFIXES.map((suffix) => resolve(dir, target + suffix)).find((candidate) => existsSync(candidate) && program.getSourceFile(candidate));
      if (file) api.entryFiles.add(file);
    }
  }
  for (const fileName of api.entryFiles) {
    const file = program.getSourceFile(fileName)!;
    const moduleSymbol = checker.getSymbolAtLocation(file);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      api.exported.add(exported);
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (target.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface | ts.SymbolFlags.Enum)) api.containers.add(target);
    }
  }
  return api;
}

/** Every string in a package.json field (exports maps and condition objects included). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
