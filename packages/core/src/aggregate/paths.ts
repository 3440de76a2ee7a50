/** Paths here are relative to the project root, with forward slashes; "." is the root itself. */
export const ROOT_PATH = '.';

function segments(path: string): string[] {
  return path === ROOT_PATH ? [] : path.split('/');
}

/**
 * Orders paths as a tree: a directory right before its contents, siblings by code unit (not by
 * locale, so the order is the same on every machine). "src" < "src/a.js" < "src-old".
 */
export function comparePaths(a: string, b: string): number {
  const left = segments(a);
  const right = segments(b);
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const x = left[index] as string;
    const y = right[index] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/** "src/a/b.js" → [".", "src", "src/a"]. */
export function ancestorDirectories(path: string): string[] {
  const parts = segments(path).slice(0, -1);
  return [ROOT_PATH, ...parts.map((_, index) => parts.slice(0, index + 1).join('/'))];
}

/** "", "./", "packages/core/" and "./packages/core" name the same roots as "." and "packages/core". */
export function normalizeRoot(root: string): string {
  const trimmed = root.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  return trimmed === '' || trimmed === ROOT_PATH ? ROOT_PATH : trimmed;
}

export function isWithin(path: string, root: string): boolean {
  return root === ROOT_PATH || path === root || path.startsWith(`${root}/`);
}
