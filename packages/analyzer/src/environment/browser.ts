/** Which modules run in a browser: a package's `browser` field, web-root folders, pages' script tags. */
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { EnvironmentModel } from './types.js';

const WEB_ROOTS = new Set(['public', 'static', 'www']);
const SCRIPT_SRC = /<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi;

/** Browser modules with the reason for each. Reads the project's HTML pages. */
export async function browserFiles(model: EnvironmentModel): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const modules = new Set(model.files);
  for (const pkg of model.packages) {
    for (const target of browserFieldTargets(pkg.fields.browser)) {
      const file = posix.normalize(pkg.dir ? `${pkg.dir}/${target}` : target).replace(/^\.\//, '');
      for (const candidate of [file, `${file}.js`]) {
        if (modules.has(candidate)) out.set(candidate, `package.json browser field of ${pkg.dir || 'the root package'}`);
      }
    }
  }
  for (const file of model.files) {
    if (out.has(file)) continue;
    const webRoot = file.split('/').slice(0, -1).find((part) => WEB_ROOTS.has(part));
    if (webRoot) out.set(file, `under ${webRoot}/`);
  }
  const pages = model.allFiles.filter((file) => /\.html?$/i.test(file) && !file.split('/').includes('node_modules'));
  for (const page of pages.slice(0, 500)) {
    const html = await readFile(join(model.root, page), 'utf8').catch(() => '');
    for (const match of html.matchAll(SCRIPT_SRC)) {
      const src = match[1]!.split(/[?#]/)[0]!;
      if (/^[a-z]+:|^\/\//i.test(src)) continue;
      const file = src.startsWith('/') ? src.slice(1) : posix.normalize(posix.join(posix.dirname(page), src));
      if (modules.has(file) && !out.has(file)) out.set(file, `loaded by ${page}`);
    }
  }
  return out;
}

function browserFieldTargets(field: unknown): string[] {
  if (typeof field === 'string') return [field];
  if (field && typeof field === 'object') {
    // keys are the files a bundler replaces, values their browser versions (false: left out)
    return Object.values(field as Record<string, unknown>).filter((value): value is string => typeof value === 'string' && value.startsWith('.'));
  }
  return [];
}
