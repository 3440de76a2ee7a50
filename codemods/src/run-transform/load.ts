import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Transform } from 'jscodeshift';
import { InputError } from '@upkeep/analyzer';
import { BUILTIN_TRANSFORMS } from '../transforms/index.js';

/** A jscodeshift transform ready to run. */
export interface LoadedTransform {
  /** the built-in id, or the path or package specifier the user gave */
  name: string;
  /** the module file, or null for a built-in */
  file: string | null;
  transform: Transform;
  /** the transform module's own `parser` export, if any (a name or a parser object) */
  parser: unknown;
}

/**
 * Finds and loads a transform: a built-in id (`var-to-let-const`), a file (relative to `cwd`),
 * or a package specifier resolved from the project root (`some-codemods/transforms/x`), the
 * way third-party codemod collections are installed. Problems are InputErrors naming the transform.
 */
export async function loadTransform(specifier: string, cwd: string, root: string): Promise<LoadedTransform> {
  const builtin = Object.hasOwn(BUILTIN_TRANSFORMS, specifier) ? BUILTIN_TRANSFORMS[specifier] : undefined;
  if (builtin) return { name: specifier, file: null, transform: builtin.transform, parser: undefined };
  const file = locate(specifier, cwd, root);
  if (/\.(?:[cm]?ts|tsx)$/i.test(file)) {
    throw new InputError(
      `${specifier}: a TypeScript transform cannot be loaded by Node ${process.versions.node}; compile it to JavaScript (.js, .cjs or .mjs) first`,
    );
  }
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new InputError(`${specifier}: the transform could not be loaded: ${(error as Error).message}`);
  }
  const inner = loaded['default'] as Record<string, unknown> | ((...args: unknown[]) => unknown) | undefined;
  const candidates = [
    inner,
    typeof inner === 'object' && inner !== null ? inner['default'] : undefined,
    loaded['transform'],
  ];
  const transform = candidates.find((candidate): candidate is Transform => typeof candidate === 'function');
  if (!transform) {
    throw new InputError(
      `${specifier}: the module exports no transform function; export one as \`module.exports = function (file, api, options) {…}\` or \`export default\``,
    );
  }
  const parser =
    loaded['parser'] ??
    (inner !== undefined && inner !== null ? (inner as Record<string, unknown>)['parser'] : undefined);
  return { name: specifier, file, transform, parser };
}

function locate(specifier: string, cwd: string, root: string): string {
  const asPath = resolve(cwd, specifier);
  if (existsSync(asPath) && statSync(asPath).isFile()) return asPath;
  const looksLikePath = specifier.startsWith('.') || specifier.startsWith('/') || extname(specifier) !== '';
  if (!looksLikePath || !existsSync(asPath)) {
    try {
      return createRequire(join(root, 'package.json')).resolve(specifier);
    } catch {
      // reported below with everything that was tried
    }
  }
  const builtins = Object.keys(BUILTIN_TRANSFORMS).join(', ');
  throw new InputError(
    `${specifier}: no such transform: not a built-in (${builtins}), not a file (${asPath}) and not a package installed in ${root}`,
  );
}
