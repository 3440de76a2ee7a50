import picomatch from 'picomatch';
import type { PackageInfo, UnresolvedEntry } from './types.js';
import { CODE_FILE, expandGlob, filesIn, isDirectory, isGlob, joinRelative } from './paths.js';
import type { ScriptCommand } from './runners/scripts.js';

/** Config files of tools, run or loaded by the tool itself (entry points by convention). */
const TOOL_CONFIG = [
  /(?:^|\/)[^/]+\.config\.[cm]?[jt]s$/,
  /(?:^|\/)[^/]+\.conf\.[cm]?[jt]s$/,
  /(?:^|\/)\.[\w-]+rc\.[cm]?[jt]s$/,
  /(?:^|\/)(?:Gruntfile|gulpfile|Jakefile)(?:\.[\w-]+)?\.[cm]?[jt]s$/i,
  /(?:^|\/)(?:webpack|rollup|vite|esbuild|babel|jest|karma|protractor)\.[\w.-]+\.[cm]?[jt]s$/,
  /(?:^|\/)\.(?:storybook|config)\/[^/]+\.[cm]?[jt]sx?$/,
];

export function isToolConfig(file: string): boolean {
  return TOOL_CONFIG.some((pattern) => pattern.test(file));
}

/** Sets each entry once: the first reason found is kept. */
export class EntrySet {
  readonly entries = new Map<string, string>();
  add(file: string, why: string): void {
    if (!this.entries.has(file)) this.entries.set(file, why);
  }
}

export interface EntryContext {
  /** score's module set, the files an entry maps to */
  files: ReadonlySet<string>;
  /** root-relative code files outside default-excluded directories */
  codeFiles: readonly string[];
  allFiles: ReadonlySet<string>;
  sourceOfBuiltPath(path: string): string | undefined;
  notices: string[];
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * The module behind a path the way Node and bundlers resolve it: the file itself when it is a
 * module, the same stem with a source extension, a directory's index, or the source that a build
 * output path is compiled from (through the tsconfigs).
 */
function resolveModulePath(path: string, ctx: EntryContext): string | undefined {
  if (ctx.files.has(path)) return path;
  const built = ctx.sourceOfBuiltPath(path);
  if (built !== undefined) return built;
  const stem = path.replace(/\.(?:d\.)?[cm]?[jt]sx?$/, '');
  const candidates = [
    ...SOURCE_EXTENSIONS.map((ext) => stem + ext),
    ...SOURCE_EXTENSIONS.map((ext) => `${path}/index${ext}`),
  ];
  const found = candidates.find((candidate) => ctx.files.has(candidate));
  if (found !== undefined) return found;
  for (const index of ['index.js', 'index.cjs', 'index.mjs']) {
    const mapped = ctx.sourceOfBuiltPath(path === '' ? index : `${path}/${index}`);
    if (mapped !== undefined) return mapped;
  }
  return undefined;
}

/** Whether the path, or the path with a JS/TS extension or as a directory index, is a listed file (analyzed or not). */
function existsWithExtension(path: string, allFiles: ReadonlySet<string>): boolean {
  return ['', ...SOURCE_EXTENSIONS, ...SOURCE_EXTENSIONS.map((ext) => `/index${ext}`)].some((ext) =>
    allFiles.has(path + ext),
  );
}

/** Every string a package field names, with its field path (`exports["."].import`, `bin.foo`). */
function fieldTargets(pkg: PackageInfo): Array<{ field: string; target: string }> {
  const out: Array<{ field: string; target: string }> = [];
  const walk = (value: unknown, field: string, keysToo: boolean): void => {
    if (typeof value === 'string') out.push({ field, target: value });
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${field}[${i}]`, keysToo));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (keysToo && key.startsWith('.')) out.push({ field: `${field} key`, target: key });
        walk(item, /^[A-Za-z_$][\w$-]*$/.test(key) ? `${field}.${key}` : `${field}[${JSON.stringify(key)}]`, keysToo);
      }
    }
  };
  const { main, module, exports, bin, types, typings, browser } = pkg.fields;
  walk(main, 'main', false);
  walk(module, 'module', false);
  walk(types, 'types', false);
  walk(typings, 'typings', false);
  walk(bin, 'bin', false);
  walk(exports, 'exports', false);
  // browser: a replacement path, or a map whose relative keys and values are both files
  walk(browser, 'browser', true);
  return out;
}

/** Package fields (main, module, exports, bin, types, browser) mapped back to source files; what maps to nothing is returned. */
export function packageEntries(pkg: PackageInfo, ctx: EntryContext, entries: EntrySet): UnresolvedEntry[] {
  const unresolved: UnresolvedEntry[] = [];
  const directories = pkg.manifest.directories as { bin?: unknown } | undefined;
  if (typeof directories?.bin === 'string') {
    // every file of directories.bin is installed as a command
    const dir = joinRelative(pkg.dir, directories.bin);
    const bins = dir === undefined ? [] : filesIn(dir, ctx.codeFiles).filter((file) => ctx.files.has(file));
    for (const file of bins) entries.add(file, `${pkg.manifestPath} directories.bin`);
    if (bins.length === 0) {
      unresolved.push({
        manifest: pkg.manifestPath,
        field: 'directories.bin',
        target: directories.bin,
        why: 'holds no module',
      });
    }
  }
  for (const { field, target } of fieldTargets(pkg)) {
    if (field.startsWith('browser') && !target.startsWith('.')) continue; // a package name replaced in the browser
    const path = joinRelative(pkg.dir, target);
    const why = `${pkg.manifestPath} ${field}`;
    if (path === undefined) {
      unresolved.push({ manifest: pkg.manifestPath, field, target, why: 'points outside the project' });
      continue;
    }
    if (target.includes('*')) {
      const matched = exportPattern(path, ctx);
      if (matched.length) for (const file of matched) entries.add(file, why);
      else unresolved.push({ manifest: pkg.manifestPath, field, target, why: 'the pattern matches no source file' });
      continue;
    }
    const file = resolveModulePath(path, ctx);
    if (file !== undefined) {
      entries.add(file, why);
      continue;
    }
    // package.json, a stylesheet, a JSON file: not code, so no entry to find (built or not)
    if (/\.\w+$/.test(path) && !CODE_FILE.test(path)) continue;
    const reason = ctx.allFiles.has(path)
      ? `${path} exists but is not a module upkeep analyzes (build output, minified or generated), and no tsconfig compiles it from a source`
      : isDirectory(path, [...ctx.allFiles])
        ? `${path} is a directory without an index module`
        : `${path} does not exist and no tsconfig outDir maps it to a source`;
    unresolved.push({ manifest: pkg.manifestPath, field, target, why: reason });
  }
  return unresolved;
}

/** An exports/imports subpath pattern (`./dist/features/*.js`): `*` may span directories. */
function exportPattern(path: string, ctx: EntryContext): string[] {
  const glob = path.replace(/\*/g, '**');
  const direct = expandGlob(glob, '', [...ctx.files]);
  if (direct.length) return direct;
  // the pattern names build output: map the built files that match back to their sources
  const matcher = picomatch(glob);
  const out = new Set<string>();
  for (const built of ctx.allFiles) {
    if (!matcher(built)) continue;
    const source = ctx.sourceOfBuiltPath(built);
    if (source !== undefined) out.add(source);
  }
  return [...out];
}

/**
 * Files, globs and directories named on the command lines of a package's scripts: a node-like
 * command's script, every word that names a file, and for commands that run code (not linters,
 * formatters, copy or delete commands) the files a glob or directory holds.
 */
export function scriptEntries(
  pkg: PackageInfo,
  commands: readonly ScriptCommand[],
  ctx: EntryContext,
  entries: EntrySet,
): void {
  for (const command of commands) {
    const where = `${pkg.manifestPath} scripts.${command.script}`;
    if (command.nodeScript !== undefined && isGlob(command.nodeScript)) {
      // the shell expands it: the first match is the script, the others its arguments; all may be run
      for (const file of expandGlob(command.nodeScript.replace(/^\.\//, ''), pkg.dir, ctx.codeFiles)) {
        entries.add(file, `${where}: ${command.command} ${command.nodeScript}`);
      }
    } else if (command.nodeScript !== undefined) {
      const path = joinRelative(pkg.dir, command.nodeScript);
      const file = path === undefined ? undefined : resolveModulePath(path, ctx);
      if (file !== undefined) entries.add(file, `${where}: ${command.command} ${command.nodeScript}`);
      else if (
        path !== undefined &&
        !/^[\w@-]+$/.test(command.nodeScript) &&
        !existsWithExtension(path, ctx.allFiles)
      ) {
        ctx.notices.push(`${where}: ${command.command} runs ${command.nodeScript}, which does not exist`);
      }
    }
    for (const word of command.words) {
      const text = word.text.replace(/^\.\//, '');
      if (text === '' || text === '.' || /^[a-z][\w+.-]*:\/\//i.test(text)) continue;
      if (isGlob(text)) {
        if (command.runner || command.nonLoading || !/[/.]/.test(text)) continue;
        const matched = expandGlob(text, pkg.dir, ctx.codeFiles);
        for (const file of matched) entries.add(file, `${where}: glob ${word.text}`);
        if (matched.length === 0 && !expandGlob(text, pkg.dir, [...ctx.allFiles]).length) {
          ctx.notices.push(`${where}: glob ${word.text} matches no file`);
        }
        continue;
      }
      const path = joinRelative(pkg.dir, text);
      if (path === undefined || path === '') continue;
      if (ctx.allFiles.has(path)) {
        if (CODE_FILE.test(path)) {
          const file = resolveModulePath(path, ctx) ?? (ctx.files.has(path) ? path : undefined);
          if (file !== undefined) entries.add(file, `${where}: names ${word.text}`);
        }
        continue;
      }
      if (command.runner || command.nonLoading || !word.positional || command.nodeScript !== undefined) continue;
      if (isDirectory(path, ctx.codeFiles)) {
        for (const file of filesIn(path, ctx.codeFiles))
          entries.add(file, `${where}: names the directory ${word.text}`);
      }
    }
  }
}

/**
 * Names of directories of test fixtures and test data: their files are inputs of tests, not code
 * to edit (jscodeshift's `__testfixtures__`, jest's `__fixtures__`, `fixtures` and
 * `<anything>-fixtures` such as mocha's `compiler-fixtures`, Go-style `testdata`, `test-cases`,
 * `test_data`, …).
 */
const FIXTURE_DIR =
  /^(?:__testfixtures__|__fixtures__|__fixture__|(?:[\w.-]+[-_])?fixtures|test[-_]?data|test[-_]?cases)$/i;

/** Whether a directory name is one of {@link FIXTURE_DIR}'s. */
export function isFixtureDirName(name: string): boolean {
  return FIXTURE_DIR.test(name);
}

/** A module named as a fixture: `foo.fixture.cjs`, `bar.fixtures.ts`. */
const FIXTURE_FILE = /\.fixtures?\.[cm]?[jt]sx?$/;

const CODE = String.raw`\.(?:[cm]?[jt]sx?)`;
/** An expected-output file beside the module it was made from: `a.jsx` and `a.jsx.result` (`.expected`, `.out`, `.golden`, `.baseline`, `.snap`). */
const GOLDEN_OF = new RegExp(`^(.+${CODE})\\.(?:result|expected|out|output|golden|baseline|snap)$`);
/** An input/output pair: `a.input.js` and `a.output.js` (`in`/`out`, `before`/`after`, `actual`/`expected`). */
const INPUT_OF = new RegExp(`^(.+)\\.(input|in|before|actual)(${CODE})$`);
const OUTPUT_FOR: Record<string, readonly string[]> = {
  input: ['output', 'expected'],
  in: ['out', 'expected'],
  before: ['after'],
  actual: ['expected'],
};

/**
 * Directories of test fixtures (root-relative, sorted): those named as such, and those where a
 * module sits beside its expected output; and modules named as fixtures (`x.fixture.js`), which
 * stand for themselves (`x.js` + `x.js.result`, `x.input.js` + `x.output.js`),
 * the form of golden-file tests (microsoft/vscode-textmate's `test-cases/themes/tests`).
 */
export function findFixtureDirs(allFiles: readonly string[]): string[] {
  const dirs = new Set<string>();
  const present = new Set(allFiles);
  const dirOf = (file: string): string => file.slice(0, Math.max(0, file.lastIndexOf('/')));
  for (const file of allFiles) {
    const parts = file.split('/');
    for (let i = 0; i < parts.length - 1; i++) {
      if (FIXTURE_DIR.test(parts[i]!)) {
        dirs.add(parts.slice(0, i + 1).join('/'));
        break;
      }
    }
    if (FIXTURE_FILE.test(file)) dirs.add(file);
    const golden = GOLDEN_OF.exec(file);
    if (golden && present.has(golden[1]!) && dirOf(file) !== '') dirs.add(dirOf(file));
    const input = INPUT_OF.exec(file);
    if (input && dirOf(file) !== '') {
      const [, stem, role, ext] = input;
      if (OUTPUT_FOR[role!]!.some((out) => present.has(`${stem}.${out}${ext}`))) dirs.add(dirOf(file));
    }
  }
  // a directory inside another fixture directory adds nothing
  const sorted = [...dirs].sort();
  return sorted.filter((dir) => !sorted.some((outer) => outer !== dir && dir.startsWith(`${outer}/`)));
}
