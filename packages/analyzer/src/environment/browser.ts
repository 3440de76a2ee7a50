/**
 * Which modules run in a browser (a package's `browser` field, web-root folders, pages' script
 * tags), and what each page defines for the scripts it loads: the names its other scripts declare,
 * its inline scripts, and the well-known libraries it loads from elsewhere (a CDN, vendor/).
 */
import { posix } from 'node:path';
import { parseScript, prepareScanner, scanFile } from './file-facts.js';
import { readModelFile, type EnvironmentModel } from './types.js';

const WEB_ROOTS = new Set(['public', 'static', 'www']);
const SCRIPT_TAG = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SRC = /\bsrc\s*=\s*["']([^"']+)["']/i;
const TYPE = /\btype\s*=\s*["']([^"']+)["']/i;

/** Globals of libraries commonly loaded by a script tag, by file name (without version nor .min). */
const LIBRARY_GLOBALS: Record<string, { names?: string[]; set?: string }> = {
  jquery: { names: ['$', 'jQuery'] },
  zepto: { names: ['$', 'Zepto'] },
  underscore: { names: ['_'] },
  lodash: { names: ['_'] },
  backbone: { names: ['Backbone'] },
  mocha: { names: ['mocha'], set: 'mocha' },
  chai: { names: ['chai'] },
  sinon: { names: ['sinon'] },
  qunit: { set: 'qunit' },
  jasmine: { set: 'jasmine' },
  require: { set: 'amd', names: ['requirejs'] },
  requirejs: { set: 'amd', names: ['requirejs'] },
  angular: { names: ['angular'] },
  react: { names: ['React'] },
  'react-dom': { names: ['ReactDOM'] },
  vue: { names: ['Vue'] },
  moment: { names: ['moment'] },
  d3: { names: ['d3'] },
  handlebars: { names: ['Handlebars'] },
  knockout: { names: ['ko'] },
  leaflet: { names: ['L'] },
  json2: { names: ['JSON'] },
};

export interface BrowserFacts {
  /** browser modules with the reason for each */
  files: Map<string, string>;
  /** per module loaded by a page: what the page gives it (names other scripts declare, library sets) */
  pageScopes: Map<string, { page: string; names: Set<string>; sets: Set<string> }>;
}

export async function browserFacts(
  model: EnvironmentModel,
  topLevelOf: (file: string) => readonly string[] | undefined,
): Promise<BrowserFacts> {
  const files = new Map<string, string>();
  const pageScopes: BrowserFacts['pageScopes'] = new Map();
  const modules = new Set(model.files);
  for (const pkg of model.packages) {
    for (const target of browserFieldTargets(pkg.fields.browser)) {
      const file = posix.normalize(pkg.dir ? `${pkg.dir}/${target}` : target).replace(/^\.\//, '');
      for (const candidate of [file, `${file}.js`]) {
        if (modules.has(candidate))
          files.set(candidate, `package.json browser field of ${pkg.dir || 'the root package'}`);
      }
    }
  }
  for (const file of model.files) {
    if (files.has(file)) continue;
    const webRoot = file
      .split('/')
      .slice(0, -1)
      .find((part) => WEB_ROOTS.has(part));
    if (webRoot) files.set(file, `under ${webRoot}/`);
  }
  const pages = model.allFiles.filter((file) => /\.html?$/i.test(file) && !file.split('/').includes('node_modules'));
  for (const page of pages.slice(0, 500)) {
    const html = (await readModelFile(model, page)) ?? '';
    const loaded: string[] = [];
    const names = new Set<string>();
    const sets = new Set<string>();
    for (const match of html.matchAll(SCRIPT_TAG)) {
      const attributes = match[1]!;
      const type = TYPE.exec(attributes)?.[1]?.toLowerCase();
      if (type && type !== 'text/javascript' && type !== 'application/javascript') continue;
      const src = SRC.exec(attributes)?.[1]?.split(/[?#]/)[0];
      if (src === undefined) {
        await prepareScanner();
        for (const name of inlineNames(match[2]!)) names.add(name);
        continue;
      }
      const library = LIBRARY_GLOBALS[libraryName(src)];
      for (const name of library?.names ?? []) names.add(name);
      if (library?.set) sets.add(library.set);
      if (/^[a-z]+:|^\/\//i.test(src)) continue;
      const file = src.startsWith('/') ? src.slice(1) : posix.normalize(posix.join(posix.dirname(page), src));
      if (modules.has(file)) {
        loaded.push(file);
        if (!files.has(file)) files.set(file, `loaded by ${page}`);
      } else {
        // a script of the page that is not scored (vendor/, a build): what it declares is still there
        const text = await readModelFile(model, file);
        if (text !== undefined && text.length < 2_000_000) {
          await prepareScanner();
          const facts = scanFile(file, text);
          for (const name of [...(facts.topLevel ?? []), ...(facts.implicit ?? []), ...facts.assignsGlobals])
            names.add(name);
        }
      }
    }
    for (const file of loaded) {
      const scope = pageScopes.get(file) ?? { page, names: new Set<string>(), sets: new Set<string>() };
      for (const name of names) scope.names.add(name);
      for (const set of sets) scope.sets.add(set);
      for (const other of loaded) if (other !== file) for (const name of topLevelOf(other) ?? []) scope.names.add(name);
      pageScopes.set(file, scope);
    }
  }
  return { files, pageScopes };
}

/** "https://unpkg.com/chai@4.5.0/chai.min.js" → "chai", "vendor/jquery-3.7.1.js" → "jquery". */
function libraryName(src: string): string {
  return posix
    .basename(src)
    .toLowerCase()
    .replace(/\.js$/, '')
    .replace(/[.-]min$/, '')
    .replace(/[-.@]v?\d+(?:\.\d+)*.*$/, '');
}

function inlineNames(code: string): string[] {
  try {
    const program = parseScript(code, { ecmaVersion: 'latest', sourceType: 'script' }) as {
      body: { type: string; [key: string]: unknown }[];
    };
    const out: string[] = [];
    for (const statement of program.body) {
      if (statement.type === 'FunctionDeclaration') out.push((statement['id'] as { name: string }).name);
      if (statement.type === 'VariableDeclaration') {
        for (const d of statement['declarations'] as { id: { type: string; name?: string } }[])
          if (d.id.type === 'Identifier') out.push(d.id.name!);
      }
      if (statement.type === 'ExpressionStatement') {
        let node = statement['expression'] as
          { type: string; operator?: string; left?: { type: string; name?: string }; right?: unknown } | undefined;
        while (node?.type === 'AssignmentExpression' && node.operator === '=') {
          if (node.left?.type === 'Identifier') out.push(node.left.name!);
          node = node.right as typeof node;
        }
      }
    }
    return out;
  } catch {
    return [];
  }
}

function browserFieldTargets(field: unknown): string[] {
  if (typeof field === 'string') return [field];
  if (field && typeof field === 'object') {
    // keys are the files a bundler replaces, values their browser versions (false: left out)
    return Object.values(field as Record<string, unknown>).filter(
      (value): value is string => typeof value === 'string' && value.startsWith('.'),
    );
  }
  return [];
}
