import { extname } from 'node:path';

/** The parsers jscodeshift ships; `--parser` accepts these names. */
export const TRANSFORM_PARSERS = ['babel', 'babylon', 'flow', 'ts', 'tsx'] as const;
export type TransformParser = (typeof TRANSFORM_PARSERS)[number];

export function isTransformParser(name: string): name is TransformParser {
  return (TRANSFORM_PARSERS as readonly string[]).includes(name);
}

/**
 * The parser for a file: the one the user chose, else the one the transform exports, else by
 * extension — `babel` rejects TypeScript syntax and `tsx` rejects `<T>x` casts, so `.ts` files
 * get `ts`, `.tsx` files `tsx` and JavaScript files `babel`.
 */
export function parserFor(path: string, chosen: TransformParser | undefined, fromTransform: unknown): unknown {
  if (chosen !== undefined) return chosen;
  if (fromTransform !== undefined && fromTransform !== null) return fromTransform;
  const extension = extname(path).toLowerCase();
  if (extension === '.ts' || extension === '.mts' || extension === '.cts') return 'ts';
  if (extension === '.tsx') return 'tsx';
  return 'babel';
}
