import type { PackageInfo, TestRunner, TestRunnerId } from '../types.js';
import type { ReadText } from '../packages.js';
import { CODE_FILE, expandGlob, globMatcher, filesIn, isDirectory, isGlob, joinRelative } from '../paths.js';
import { DEFAULT_IGNORED, DEFAULT_PATTERNS, RUNNER_PACKAGES } from './conventions.js';
import {
  CONFIG_FILES,
  PACKAGE_SECTIONS,
  findConfig,
  readConfigFile,
  readMochaOpts,
  stringList,
  type RunnerConfig,
} from './configs.js';
import type { ScriptCommand } from './scripts.js';

export interface RunnerContext {
  /** absolute project root */
  root: string;
  pkg: PackageInfo;
  /** the package's script commands */
  commands: readonly ScriptCommand[];
  /** root-relative code files a runner can find (default-excluded directories left out) */
  codeFiles: readonly string[];
  allFiles: ReadonlySet<string>;
  read: ReadText;
  notices: string[];
}

export interface FoundTests {
  runners: TestRunner[];
  testFiles: Array<{ file: string; runner: TestRunnerId; why: string }>;
  /** files a runner loads besides tests (setup files, `--require`, config files) */
  entries: Array<{ file: string; why: string }>;
}

interface Resolved {
  files: string[];
  patterns: string[];
}

const EXTENSION_GUESSES = ['.js', '.cjs', '.mjs', '.ts', '.cts', '.mts', '.jsx', '.tsx'];

/**
 * Resolves one path a runner is given (a file, a directory, a glob) against the listed files,
 * relative to `base`. A directory gives the files directly in it (or below it when `recursive`)
 * with one of `extensions`, or matching `dirPatterns` when given.
 */
function resolveSpec(
  spec: string,
  base: string,
  ctx: Pick<RunnerContext, 'codeFiles' | 'allFiles'>,
  options: { extensions: readonly string[]; recursive: boolean; dirPatterns?: readonly string[] },
): Resolved {
  const clean = spec.replace(/^\.\//, '');
  if (isGlob(clean)) {
    const full = joinRelative(base, clean);
    return full === undefined
      ? { files: [], patterns: [] }
      : { files: expandGlob(clean, base, ctx.codeFiles), patterns: [full] };
  }
  const full = joinRelative(base, clean);
  if (full === undefined) return { files: [], patterns: [] };
  if (ctx.allFiles.has(full)) return { files: CODE_FILE.test(full) ? [full] : [], patterns: [] };
  if (isDirectory(full, ctx.codeFiles)) {
    const prefix = full === '' ? '' : `${full}/`;
    const patterns = options.dirPatterns
      ? options.dirPatterns.map((p) => prefix + p)
      : [`${prefix}${options.recursive ? '**/' : ''}*.{${options.extensions.join(',')}}`];
    const match = globMatcher(patterns);
    return {
      files: filesIn(full, ctx.codeFiles, options.recursive || Boolean(options.dirPatterns)).filter((file) =>
        match(file),
      ),
      patterns,
    };
  }
  const guessed = EXTENSION_GUESSES.map((ext) => full + ext).find((file) => ctx.allFiles.has(file));
  return guessed ? { files: [guessed], patterns: [] } : { files: [], patterns: [] };
}

/** Files matching the patterns (root-relative globs) and none of the ignore globs. */
function matchAll(patterns: readonly string[], ignore: readonly string[], codeFiles: readonly string[]): string[] {
  if (patterns.length === 0) return [];
  const match = globMatcher(patterns);
  const skip = globMatcher([...DEFAULT_IGNORED, ...ignore]);
  return codeFiles.filter((file) => match(file) && !skip(file));
}

function prefixed(dir: string, patterns: readonly string[]): string[] {
  return patterns.map((p) => {
    const negated = p.startsWith('!');
    const body = (negated ? p.slice(1) : p).replace(/^\.\//, '');
    return (negated ? '!' : '') + (dir === '' ? body : `${dir}/${body}`);
  });
}

/** The keys of each runner's configuration that the model reads (a value elsewhere that cannot be read is no loss). */
const CONFIG_KEYS: Readonly<Record<TestRunnerId, readonly string[]>> = {
  mocha: ['spec', 'require', 'file', 'extension', 'recursive', 'ignore', 'exclude'],
  jest: [
    'rootDir',
    'roots',
    'testMatch',
    'testRegex',
    'testPathIgnorePatterns',
    'projects',
    'setupFiles',
    'setupFilesAfterEnv',
    'globalSetup',
    'globalTeardown',
    'testEnvironment',
  ],
  vitest: [
    'root',
    'test.root',
    'test.dir',
    'test.include',
    'test.exclude',
    'test.setupFiles',
    'test.globalSetup',
    'test.projects',
  ],
  ava: ['files', 'require'],
  tap: ['files', 'include'],
  karma: ['basePath', 'files', 'exclude'],
  jasmine: ['spec_dir', 'spec_files', 'helpers', 'requires'],
  playwright: ['testDir', 'testMatch', 'testIgnore'],
  tape: [],
  'node-test': [],
  qunit: [],
  lab: [],
  uvu: [],
};

/** The runner's configuration: package.json section, then its config file (the file wins, as the runners do). */
async function loadConfig(
  ctx: RunnerContext,
  id: TestRunnerId,
  explicit: string | undefined,
): Promise<RunnerConfig | undefined> {
  const names = (CONFIG_FILES as Record<string, readonly string[]>)[id] ?? [];
  const file =
    explicit !== undefined ? joinRelative(ctx.pkg.dir, explicit) : findConfig(ctx.pkg.dir, names, ctx.allFiles);
  if (explicit !== undefined && (file === undefined || !ctx.allFiles.has(file))) {
    ctx.notices.push(
      `${ctx.pkg.manifestPath}: ${id} config ${explicit} named in a script does not exist; ${id}'s defaults are used`,
    );
  } else if (file !== undefined) {
    const value = await readConfigFile(ctx.root, file, ctx.read, ctx.notices, CONFIG_KEYS[id]);
    if (value) return { source: file, dir: file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '', value };
  }
  const section = PACKAGE_SECTIONS[id];
  const fromPackage = section ? ctx.pkg.manifest[section] : undefined;
  if (fromPackage && typeof fromPackage === 'object' && !Array.isArray(fromPackage)) {
    return {
      source: `${ctx.pkg.manifestPath}#${section}`,
      dir: ctx.pkg.dir,
      value: fromPackage as Record<string, unknown>,
    };
  }
  if (id === 'mocha') {
    const opts = joinRelative(ctx.pkg.dir, 'test/mocha.opts');
    const text = opts !== undefined && ctx.allFiles.has(opts) ? await ctx.read(opts) : undefined;
    if (text !== undefined) return { source: opts!, dir: ctx.pkg.dir, value: readMochaOpts(text) };
  }
  return undefined;
}

function optionValues(commands: readonly ScriptCommand[], ...names: string[]): string[] {
  return commands.flatMap((c) =>
    c.words.filter((w) => w.optionOf !== undefined && names.includes(w.optionOf)).map((w) => w.text),
  );
}

function positional(command: ScriptCommand): string[] {
  return command.words.filter((w) => w.positional).map((w) => w.text);
}

/** Local files named by config values (setup files, requires): a value that is no local file is a package name. */
function localFiles(values: readonly string[], base: string, ctx: RunnerContext): string[] {
  return values.flatMap((value) => {
    const path = value.replace(/^<rootDir>\/?/, '');
    return isGlob(path) ? [] : resolveSpec(path, base, ctx, { extensions: [], recursive: false }).files;
  });
}

/**
 * The test runners of one package and the files each runs, found as each runner finds them:
 * its command lines in package.json scripts, its config file or package.json section, else its
 * defaults when it is only a dependency.
 */
export async function findTests(ctx: RunnerContext): Promise<FoundTests> {
  const found: FoundTests = { runners: [], testFiles: [], entries: [] };
  for (const id of runnersOf(ctx)) {
    const invocations = ctx.commands.filter((c) => c.runner === id);
    const result = await RESOLVERS[id](ctx, invocations);
    const configs = [...new Set(result.configs)];
    const first = invocations[0];
    const how = first
      ? `scripts.${first.script}: ${first.command}`
      : dependencyOf(ctx.pkg, id)
        ? 'devDependencies'
        : 'config';
    const why = configs.length ? `${how}; ${configs.join(', ')}` : how;
    found.runners.push({ id, packageDir: ctx.pkg.dir, why, patterns: [...new Set(result.patterns)] });
    for (const config of configs)
      if (CODE_FILE.test(config)) found.entries.push({ file: config, why: `${id} configuration` });
    for (const file of new Set(result.files)) {
      const script = result.scriptOf?.get(file);
      found.testFiles.push({
        file,
        runner: id,
        why: script && script !== how ? `${id} (${script})` : `${id} (${why})`,
      });
    }
    for (const file of new Set(result.entries)) found.entries.push({ file, why: `loaded by ${id} (${why})` });
    if (result.files.length === 0) ctx.notices.push(`${ctx.pkg.manifestPath}: ${id} (${why}) finds no test file`);
  }
  return found;
}

function dependencyOf(pkg: PackageInfo, id: TestRunnerId): string | undefined {
  const deps = { ...pkg.dependencies, ...pkg.devDependencies };
  return Object.keys(RUNNER_PACKAGES).find((name) => RUNNER_PACKAGES[name] === id && deps[name] !== undefined);
}

/** The runners a package uses: run by a script, a dependency, a config file or a package.json section. */
function runnersOf(ctx: RunnerContext): Set<TestRunnerId> {
  const ids = new Set<TestRunnerId>();
  for (const command of ctx.commands) if (command.runner) ids.add(command.runner);
  for (const id of Object.values(RUNNER_PACKAGES)) if (dependencyOf(ctx.pkg, id)) ids.add(id);
  for (const [id, names] of Object.entries(CONFIG_FILES)) {
    // a vite.config alone is a bundler's configuration, not a sign of vitest
    const own = id === 'vitest' && !ids.has('vitest') ? names.filter((n) => n.startsWith('vitest.')) : names;
    if (findConfig(ctx.pkg.dir, own, ctx.allFiles)) ids.add(id as TestRunnerId);
  }
  for (const [id, section] of Object.entries(PACKAGE_SECTIONS)) {
    if (ctx.pkg.manifest[section] !== undefined) ids.add(id as TestRunnerId);
  }
  return ids;
}

interface RunnerFiles {
  files: string[];
  patterns: string[];
  entries: string[];
  /** the config files (or package.json sections) read */
  configs: string[];
  /** the script that runs a file, when the runner is run by several */
  scriptOf?: Map<string, string>;
}

/** Remembers which script's command line found the files (the first one wins). */
function foundBy(out: RunnerFiles, run: ScriptCommand | undefined, files: readonly string[]): void {
  if (!run) return;
  out.scriptOf ??= new Map();
  for (const file of files)
    if (!out.scriptOf.has(file)) out.scriptOf.set(file, `scripts.${run.script}: ${run.command}`);
}

type Resolver = (ctx: RunnerContext, invocations: readonly ScriptCommand[]) => Promise<RunnerFiles>;

/** Runs given positional paths, else its defaults (tape, tap, node --test, qunit, lab, uvu). */
function positionalRunner(id: TestRunnerId, recursiveDirs: boolean): Resolver {
  return async (ctx, invocations) => {
    const config = id === 'tap' ? await loadConfig(ctx, id, undefined) : undefined;
    const out: RunnerFiles = { files: [], patterns: [], entries: [], configs: config ? [config.source] : [] };
    const runs = invocations.length ? invocations : [undefined];
    for (const run of runs) {
      const specs = run ? positional(run) : [];
      const configured = config ? [...stringList(config.value.files), ...stringList(config.value.include)] : [];
      if (specs.length === 0 && configured.length) specs.push(...configured);
      if (specs.length === 0) {
        if (id === 'tape') {
          if (run) ctx.notices.push(`${ctx.pkg.manifestPath}: scripts.${run.script} runs tape without files`);
          continue;
        }
        const patterns = prefixed(ctx.pkg.dir, DEFAULT_PATTERNS[id]);
        out.patterns.push(...patterns);
        out.files.push(...matchAll(patterns, [], ctx.codeFiles));
        continue;
      }
      for (const spec of specs) {
        const resolved = resolveSpec(spec, ctx.pkg.dir, ctx, {
          extensions: ['js', 'cjs', 'mjs', 'ts', 'mts', 'cts'],
          recursive: recursiveDirs,
        });
        out.files.push(...resolved.files);
        foundBy(out, run, resolved.files);
        out.patterns.push(...resolved.patterns);
        if (resolved.files.length === 0)
          ctx.notices.push(`${ctx.pkg.manifestPath}: ${id} is given ${spec}, which matches no file`);
      }
    }
    if (invocations.length)
      out.entries.push(...localFiles(optionValues(invocations, '-r', '--require', '--import'), ctx.pkg.dir, ctx));
    return out;
  };
}

const mocha: Resolver = async (ctx, invocations) => {
  const out: RunnerFiles = { files: [], patterns: [], entries: [], configs: [] };
  for (const run of invocations.length ? invocations : [undefined]) {
    const explicit = run ? optionValues([run], '--config')[0] : undefined;
    const config = run?.flags.has('--no-config') ? undefined : await loadConfig(ctx, 'mocha', explicit);
    const value = config?.value ?? {};
    if (config) out.configs.push(config.source);
    const ignore = [
      ...stringList(value.ignore),
      ...stringList(value.exclude),
      ...(run ? optionValues([run], '--ignore', '--exclude') : []),
    ];
    const skip = globMatcher(prefixed(ctx.pkg.dir, ignore));
    const specs = [
      ...(run ? positional(run) : []),
      ...stringList(value.spec),
      ...(run ? optionValues([run], '--spec') : []),
    ];
    if (specs.length === 0) specs.push('./test');
    const recursive = value.recursive === true || Boolean(run?.flags.has('--recursive'));
    const extensions = [
      'js',
      'cjs',
      'mjs',
      ...stringList(value.extension),
      ...(run ? optionValues([run], '--extension') : []),
    ];
    for (const spec of specs) {
      const resolved = resolveSpec(spec, ctx.pkg.dir, ctx, { extensions: [...new Set(extensions)], recursive });
      const kept = resolved.files.filter((file) => !skip(file));
      out.files.push(...kept);
      foundBy(out, run, kept);
      out.patterns.push(...resolved.patterns);
      if (resolved.files.length === 0 && spec !== './test') {
        ctx.notices.push(`${config?.source ?? ctx.pkg.manifestPath}: mocha spec ${spec} matches no file`);
      }
    }
    const loaded = [...stringList(value.require), ...stringList(value.file)];
    if (run) loaded.push(...optionValues([run], '-r', '--require', '--file'));
    out.entries.push(...localFiles(loaded, ctx.pkg.dir, ctx));
  }
  return out;
};

const JEST_DEFAULT_MATCH = ['**/__tests__/**/*.?([mc])[jt]s?(x)', '**/?(*.)+(spec|test).?([mc])[jt]s?(x)'];

const JEST_SETUP_KEYS = [
  'setupFiles',
  'setupFilesAfterEnv',
  'globalSetup',
  'globalTeardown',
  'testEnvironment',
  'snapshotResolver',
  'testSequencer',
];

/** A regular expression from a config, or undefined (with a notice) when it does not compile. */
function regex(source: string, where: string, notices: string[]): RegExp | undefined {
  try {
    return new RegExp(source);
  } catch (error) {
    notices.push(`${where}: ${(error as Error).message}; the pattern is ignored`);
    return undefined;
  }
}

/** Each script's jest with its own `--config`, else jest.config.* or package.json "jest". */
const jest: Resolver = async (ctx, invocations) => {
  const out: RunnerFiles = { files: [], patterns: [], entries: [], configs: [] };
  for (const run of invocations.length ? invocations : [undefined]) {
    const explicit = run
      ? optionValues([run], '-c', '--config').find((v) => !v.trimStart().startsWith('{'))
      : undefined;
    const config = await loadConfig(ctx, 'jest', explicit);
    if (config) out.configs.push(config.source);
    const value = config?.value ?? {};
    const where = config?.source ?? ctx.pkg.manifestPath;
    const rootDir =
      joinRelative(config?.dir ?? ctx.pkg.dir, typeof value.rootDir === 'string' ? value.rootDir : '.') ?? ctx.pkg.dir;
    const sub = (text: string): string => text.replace(/<rootDir>\/?/g, rootDir === '' ? '' : `${rootDir}/`);
    if (Array.isArray(value.projects) && value.projects.length) {
      ctx.notices.push(`${where}: jest "projects" is read as one project; each project's own testMatch is not read`);
    }
    const roots = stringList(value.roots).map((r) =>
      sub(r.startsWith('<rootDir>') ? r : (joinRelative(rootDir, r) ?? r)),
    );
    const underRoots = new Set(
      (roots.length ? roots : [rootDir]).flatMap((root) => filesIn(root.replace(/\/$/, ''), ctx.codeFiles)),
    );
    const regexes = stringList(value.testRegex).flatMap((r) => regex(r, `${where} testRegex`, ctx.notices) ?? []);
    const testMatch = stringList(value.testMatch).map(sub);
    const ignoreSources =
      value.testPathIgnorePatterns !== undefined ? stringList(value.testPathIgnorePatterns) : ['/node_modules/'];
    const ignores = ignoreSources.flatMap(
      (r) =>
        regex(
          r.replace(/<rootDir>/g, rootDir === '' ? '' : `/${rootDir}`),
          `${where} testPathIgnorePatterns`,
          ctx.notices,
        ) ?? [],
    );
    const globs = testMatch.length ? testMatch : JEST_DEFAULT_MATCH;
    const match = regexes.length
      ? (file: string): boolean => regexes.some((r) => r.test(`/${file}`))
      : globMatcher(globs);
    out.patterns.push(...(regexes.length ? regexes.map((r) => `regex ${r.source}`) : globs));
    const tests = [...underRoots].filter((file) => match(file) && !ignores.some((r) => r.test(`/${file}`)));
    out.files.push(...tests);
    foundBy(out, run, tests);
    out.entries.push(
      ...localFiles(
        JEST_SETUP_KEYS.flatMap((key) => stringList(value[key]).map(sub)),
        '',
        ctx,
      ),
    );
  }
  return out;
};

const VITEST_DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];

const vitest: Resolver = async (ctx, invocations) => {
  const explicit = optionValues(invocations, '-c', '--config')[0];
  const config = await loadConfig(ctx, 'vitest', explicit);
  const top = config?.value ?? {};
  const value = (top.test && typeof top.test === 'object' ? top.test : {}) as Record<string, unknown>;
  const out: RunnerFiles = { files: [], patterns: [], entries: [], configs: config ? [config.source] : [] };
  const base = config?.dir ?? ctx.pkg.dir;
  const root =
    joinRelative(base, typeof value.root === 'string' ? value.root : typeof top.root === 'string' ? top.root : '.') ??
    base;
  const dir = typeof value.dir === 'string' ? (joinRelative(root, value.dir) ?? root) : root;
  if (value.projects !== undefined || value.workspace !== undefined) {
    ctx.notices.push(`${config?.source}: vitest projects are not read; the top-level include is used`);
  }
  const include = prefixed(dir, value.include !== undefined ? stringList(value.include) : DEFAULT_PATTERNS.vitest);
  const exclude = value.exclude !== undefined ? prefixed(root, stringList(value.exclude)) : VITEST_DEFAULT_EXCLUDE;
  out.patterns.push(...include);
  out.files.push(...matchAll(include, exclude, ctx.codeFiles));
  out.entries.push(...localFiles([...stringList(value.setupFiles), ...stringList(value.globalSetup)], root, ctx));
  return out;
};

const AVA_HELPERS = [
  '**/{helper,helpers,fixture,fixtures,__helper__,__helpers__,__fixture__,__fixtures__}/**',
  '**/_*',
];

const ava: Resolver = async (ctx, invocations) => {
  const config = await loadConfig(ctx, 'ava', optionValues(invocations, '--config')[0]);
  const value = config?.value ?? {};
  const out: RunnerFiles = { files: [], patterns: [], entries: [], configs: config ? [config.source] : [] };
  const configured = stringList(value.files);
  const given = invocations.flatMap(positional);
  const specs = given.length ? given : configured.filter((p) => !p.startsWith('!'));
  const ignore = [
    ...AVA_HELPERS,
    ...prefixed(
      ctx.pkg.dir,
      configured.filter((p) => p.startsWith('!')).map((p) => p.slice(1)),
    ),
  ];
  if (specs.length === 0) {
    const patterns = prefixed(ctx.pkg.dir, DEFAULT_PATTERNS.ava);
    out.patterns.push(...patterns);
    out.files.push(...matchAll(patterns, ignore, ctx.codeFiles));
  } else {
    const skip = globMatcher(ignore);
    for (const spec of specs) {
      const resolved = resolveSpec(spec, ctx.pkg.dir, ctx, { extensions: ['js', 'cjs', 'mjs'], recursive: true });
      out.files.push(...resolved.files.filter((file) => !skip(file)));
      out.patterns.push(...resolved.patterns);
    }
  }
  out.entries.push(...localFiles(stringList(value.require), ctx.pkg.dir, ctx));
  return out;
};

const karma: Resolver = async (ctx, invocations) => {
  const named = invocations
    .map((run) => positional(run))
    .find((words) => words.length > 1 && ['start', 'run'].includes(words[0]!))?.[1];
  const config = await loadConfig(ctx, 'karma', named);
  const out: RunnerFiles = { files: [], patterns: [], entries: [], configs: config ? [config.source] : [] };
  if (!config) {
    ctx.notices.push(
      `${ctx.pkg.manifestPath}: karma is used but no karma.conf.js was found or read; its files are not known`,
    );
    return out;
  }
  const base =
    joinRelative(config.dir, typeof config.value.basePath === 'string' ? config.value.basePath : '.') ?? config.dir;
  const patterns = (Array.isArray(config.value.files) ? config.value.files : []).flatMap((item: unknown) => {
    if (typeof item === 'string') return [item];
    const pattern = (item as { pattern?: unknown } | null)?.pattern;
    return typeof pattern === 'string' ? [pattern] : [];
  });
  const skip = globMatcher(prefixed(base, stringList(config.value.exclude)));
  for (const pattern of patterns.filter((p) => !/^https?:/.test(p))) {
    const resolved = resolveSpec(pattern, base, ctx, { extensions: ['js'], recursive: true });
    out.files.push(...resolved.files.filter((file) => !skip(file)));
    out.patterns.push(...resolved.patterns);
  }
  return out;
};

const jasmine: Resolver = async (ctx, invocations) => {
  const config = await loadConfig(ctx, 'jasmine', optionValues(invocations, '--config')[0]);
  const value = config?.value ?? {};
  const out: RunnerFiles = { files: [], patterns: [], entries: [], configs: config ? [config.source] : [] };
  const given = invocations.flatMap(positional);
  const specDir =
    joinRelative(ctx.pkg.dir, typeof value.spec_dir === 'string' ? value.spec_dir : 'spec') ?? ctx.pkg.dir;
  if (given.length) {
    for (const spec of given)
      out.files.push(...resolveSpec(spec, ctx.pkg.dir, ctx, { extensions: ['js', 'mjs'], recursive: true }).files);
  } else {
    const patterns = prefixed(
      specDir,
      value.spec_files !== undefined ? stringList(value.spec_files) : ['**/*[sS]pec.?(m)js'],
    );
    out.patterns.push(...patterns);
    out.files.push(...matchAll(out.patterns, [], ctx.codeFiles));
  }
  for (const helper of [...stringList(value.helpers), ...stringList(value.requires)]) {
    out.entries.push(...resolveSpec(helper, specDir, ctx, { extensions: ['js', 'mjs'], recursive: true }).files);
  }
  return out;
};

const playwright: Resolver = async (ctx, invocations) => {
  const config = await loadConfig(ctx, 'playwright', optionValues(invocations, '-c', '--config')[0]);
  const value = config?.value ?? {};
  const out: RunnerFiles = { files: [], patterns: [], entries: [], configs: config ? [config.source] : [] };
  const testDir =
    joinRelative(config?.dir ?? ctx.pkg.dir, typeof value.testDir === 'string' ? value.testDir : '.') ?? ctx.pkg.dir;
  const patterns =
    value.testMatch !== undefined
      ? stringList(value.testMatch).map((p) => (p.includes('/') ? p : `**/${p}`))
      : DEFAULT_PATTERNS.playwright;
  out.patterns.push(...prefixed(testDir, patterns));
  out.files.push(...matchAll(out.patterns, prefixed(testDir, stringList(value.testIgnore)), ctx.codeFiles));
  return out;
};

const RESOLVERS: Readonly<Record<TestRunnerId, Resolver>> = {
  mocha,
  jest,
  vitest,
  ava,
  karma,
  jasmine,
  playwright,
  tap: positionalRunner('tap', true),
  tape: positionalRunner('tape', true),
  'node-test': positionalRunner('node-test', true),
  qunit: positionalRunner('qunit', true),
  lab: positionalRunner('lab', true),
  uvu: positionalRunner('uvu', true),
};
