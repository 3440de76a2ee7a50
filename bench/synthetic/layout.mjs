// Plans the whole project before any code is written: workspace packages, directories, which
// module is CommonJS, ESM or TypeScript, how long each one is, what it exports and what it
// imports from its neighbours (so every import names something that really is exported).
import { posix } from 'node:path';
import { ADJECTIVES, AREAS, NOUNS, NameBook, PACKAGES, camel, pascal, snake } from './names.mjs';
import { Random, deriveSeed } from './random.mjs';

/** @typedef {import('./module-writer.mjs').ModulePlan} ModulePlan @typedef {import('./module-writer.mjs').ModuleKind} ModuleKind */

export const SCOPE = '@acme';
const EXTENSION = { cjs: '.js', esm: '.js', ts: '.ts', tsx: '.tsx', jsx: '.jsx' };
const KIND_WEIGHTS = [
  ['cjs', 27.5],
  ['esm', 27.5],
  ['ts', 40],
  ['tsx', 3],
  ['jsx', 2],
];
const TYPED = new Set(['ts', 'tsx']);
// modules overshoot their target a little (imports, exports, closing braces); this lands the
// median of the generated sizes near 120 lines
const MEDIAN_TARGET_LINES = 78;

/** @param {Random} r @param {number} count */
function planPackages(r, count) {
  return r.sample(PACKAGES, count).map((name) => {
    const areas = r.sample(AREAS, r.int(3, 8));
    const dirs = areas.flatMap((area) => (r.chance(0.3) ? [area, `${area}/${r.pick(AREAS)}`] : [area]));
    return { name, weight: r.int(1, 4), dirs: dirs.map((dir) => ({ dir, weight: r.int(1, 5) })) };
  });
}

/** @param {Random} r @param {NameBook} book @param {ModuleKind} kind */
function fileName(r, book, kind) {
  const stem = r.chance(0.3) ? [r.pick(ADJECTIVES), r.pick(NOUNS)] : [r.pick(NOUNS)];
  const words = [
    ...stem,
    r.pick([
      'plugin',
      'service',
      'utils',
      'helper',
      'manager',
      'gen',
      'handler',
      'store',
      'model',
      'api',
      'view',
      'adder',
      'closer',
      'setupper',
    ]),
  ];
  if (kind === 'tsx' || kind === 'jsx') return book.claim(pascal(words));
  return book.claim(
    r.weighted([
      [snake(words), 5],
      [camel(words), 3],
      [words.join('-'), 2],
    ]),
  );
}

/** @param {Random} r @param {ModuleKind} kind @param {NameBook} book @param {string} base @param {number} targetLines */
function planExports(r, kind, book, base, targetLines) {
  const exports = [];
  if (kind === 'tsx' || kind === 'jsx') exports.push({ name: book.claim(base), kind: 'component' });
  const weights = [
    ['function', 12],
    ['class', 4],
    ['const', 3],
    ['interface', TYPED.has(kind) ? 4 : 0],
    ['type', TYPED.has(kind) ? 2 : 0],
    ['enum', TYPED.has(kind) ? 1.5 : 0],
  ];
  // a short module has room for one or two exports, a long one for many
  const count = Math.min(
    r.weighted([
      [1, 4],
      [2, 4],
      [3, 3],
      [4, 2],
      [6, 1],
    ]),
    Math.max(1, Math.floor(targetLines / 30)),
  );
  for (let i = count; i > 0; i--) {
    const exportKind = r.weighted(weights);
    const name = exportKind === 'function' ? book.func() : exportKind === 'const' ? book.constant() : book.type();
    exports.push({ name, kind: exportKind });
  }
  return exports;
}

/** Can a module of kind `importer` import this export? @param {ModuleKind} importer @param {ModuleKind} target @param {string} exportKind */
function importable(importer, target, exportKind) {
  if (exportKind === 'interface' || exportKind === 'type') return TYPED.has(importer) && TYPED.has(target);
  if (exportKind === 'enum') return TYPED.has(importer);
  if (exportKind === 'component') return importer === 'tsx' || importer === 'jsx';
  return true;
}

/** @param {{ pkg: string, path: string, kind: ModuleKind }} from @param {{ pkg: string, path: string, kind: ModuleKind }} to */
function specifier(from, to) {
  const bare = to.path.replace(/\.(js|ts|tsx|jsx)$/, '');
  if (from.pkg !== to.pkg) return `${SCOPE}/${bare.replace(/^packages\//, '')}`;
  let relative = posix.relative(posix.dirname(from.path), bare);
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return from.kind === 'esm' && to.kind !== 'ts' && to.kind !== 'tsx' ? `${relative}${EXTENSION[to.kind]}` : relative;
}

/**
 * @param {Random} r @param {number} index
 * @param {(ModulePlan & { pkg: string })[]} modules
 */
function planImports(r, index, modules) {
  const self = modules[index];
  const bound = new Set(self.exports.map((entry) => entry.name));
  const samePackage = modules.filter((other) => other.pkg === self.pkg && other !== self);
  const count = Math.min(
    r.weighted([
      [0, 15],
      [1, 18],
      [2, 17],
      [3, 15],
      [4, 12],
      [5, 8],
      [7, 10],
      [10, 5],
    ]),
    Math.floor(self.targetLines / 12),
  );
  const imports = [];
  const used = new Set();
  for (let i = 0; i < count; i++) {
    const pool = samePackage.length > 0 && r.chance(0.88) ? samePackage : modules;
    const target = r.pick(pool);
    if (target === self || used.has(target)) continue;
    used.add(target);
    const names = r.sample(
      target.exports.filter((entry) => importable(self.kind, target.kind, entry.kind) && !bound.has(entry.name)),
      r.int(1, 3),
    );
    if (names.length === 0) continue;
    for (const entry of names) bound.add(entry.name);
    imports.push({ specifier: specifier(self, target), names });
  }
  return imports;
}

/**
 * @param {number} files number of source modules
 * @param {number} seed
 * @returns {{ packages: { name: string, dirs: string[] }[], modules: (ModulePlan & { pkg: string })[] }}
 */
export function planProject(files, seed) {
  const r = new Random(deriveSeed(seed, 'layout'));
  const packages = planPackages(r, Math.min(5, Math.max(1, files)));
  const books = new Map();
  const modules = [];
  for (let index = 0; index < files; index++) {
    // the first modules go one per package so that no workspace package is ever empty
    const pkg = index < packages.length ? packages[index] : r.weighted(packages.map((entry) => [entry, entry.weight]));
    const dir = r.weighted(pkg.dirs.map((entry) => [entry.dir, entry.weight]));
    const kind = r.weighted(KIND_WEIGHTS);
    const folder = `packages/${pkg.name}/src/${dir}`;
    if (!books.has(folder)) books.set(folder, new NameBook(r));
    const base = fileName(r, books.get(folder), kind);
    const exportBook = new NameBook(r);
    // about one module in a hundred is a "god module" that everything grew into
    const targetLines = r.chance(0.01) ? r.int(600, 1300) : Math.max(12, r.logNormal(MEDIAN_TARGET_LINES, 0.45));
    modules.push({
      pkg: pkg.name,
      path: `${folder}/${base}${EXTENSION[kind]}`,
      kind,
      targetLines,
      exports: planExports(r, kind, exportBook, base, targetLines),
      imports: [],
      seed: deriveSeed(seed, `module:${index}`),
    });
  }
  for (let index = 0; index < modules.length; index++) modules[index].imports = planImports(r, index, modules);
  return { packages: packages.map((entry) => ({ name: entry.name, dirs: entry.dirs.map((dir) => dir.dir) })), modules };
}
