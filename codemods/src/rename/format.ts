import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The project's own formatter, applied to a changed file's text in memory (before verification and writing). */
export interface ProjectFormatter {
  /** what it is, for the summary: "prettier 3.3.3 (from node_modules)", "biome (package.json script format)" */
  name: string;
  /** the text formatted; `before` formatted the same way tells whether the file followed the formatter at all */
  format(path: string, text: string, before: string): Promise<string>;
}

interface Prettier {
  version: string;
  format(text: string, options: Record<string, unknown>): Promise<string>;
  check(text: string, options: Record<string, unknown>): Promise<boolean>;
  resolveConfig(file: string): Promise<Record<string, unknown> | null>;
  getFileInfo(
    file: string,
    options: Record<string, unknown>,
  ): Promise<{ ignored: boolean; inferredParser: string | null }>;
}

/**
 * The formatter of the project at `root`: Prettier when the project has it installed, else
 * Biome or dprint when a package.json script runs them. Undefined when there is none. A file
 * that did not follow the formatter before the change is left as the change made it, so that
 * only the changed lines' formatting is the formatter's.
 */
export async function projectFormatter(root: string): Promise<ProjectFormatter | undefined> {
  const requireFromRoot = createRequire(join(root, 'package.json'));
  try {
    const entry = requireFromRoot.resolve('prettier');
    const prettier = (await import(pathToFileURL(entry).href)) as Prettier & { default?: Prettier };
    const api = typeof prettier.format === 'function' ? prettier : prettier.default!;
    return {
      name: `prettier ${api.version} (the project's)`,
      async format(path, text, before) {
        const file = join(root, path);
        const info = await api.getFileInfo(file, { ignorePath: join(root, '.prettierignore') });
        if (info.ignored || !info.inferredParser) return text;
        const options = { ...(await api.resolveConfig(file)), filepath: file };
        if (!(await api.check(before, options))) return text;
        return api.format(text, options);
      },
    };
  } catch {
    // no prettier installed: look at the scripts
  }
  const scripts = packageScripts(root);
  const biome = scripts.find((script) => /\bbiome\s+(format|check)\b/.test(script));
  if (biome)
    return stdinFormatter(root, 'biome (package.json script)', (path) => [
      'biome',
      'format',
      `--stdin-file-path=${path}`,
    ]);
  const dprint = scripts.find((script) => /\bdprint\s+fmt\b/.test(script));
  if (dprint) return stdinFormatter(root, 'dprint (package.json script)', (path) => ['dprint', 'fmt', '--stdin', path]);
  return undefined;
}

function packageScripts(root: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8').replace(/^\uFEFF/, '')) as {
      scripts?: Record<string, unknown>;
    };
    return Object.values(manifest.scripts ?? {}).filter((value): value is string => typeof value === 'string');
  } catch {
    return [];
  }
}

/** A formatter run from the project's node_modules/.bin, reading the text on stdin. */
function stdinFormatter(root: string, name: string, argv: (path: string) => string[]): ProjectFormatter {
  const run = (path: string, text: string): string | undefined => {
    const [command, ...args] = argv(path);
    const result = spawnSync(join(root, 'node_modules', '.bin', command!), args, {
      cwd: root,
      input: text,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return result.status === 0 ? result.stdout : undefined;
  };
  return {
    name,
    async format(path, text, before) {
      if (run(path, before) !== before) return text;
      return run(path, text) ?? text;
    },
  };
}
