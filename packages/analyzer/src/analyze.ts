import { join, relative, sep } from 'node:path';
import {
  DEFAULT_EVALUATION as DEFAULT_EVALUATION_SOURCE,
  buildScoreReport,
  parseEvaluation,
  type Category,
  type Evaluation,
  type ModuleResult,
  type ScoreReport,
  type SkippedFile,
} from '@upkeep/core';
import { cacheKeys, type CacheKeys } from './config-key.js';
import { ensureStateDir } from './cache/state-dir.js';
import { ResultCache, type CacheCounters, type CachedEntry } from './cache/result-cache.js';
import type { EngineId, LintEngine } from './lint/engines/engine.js';
import { chooseEngine } from './lint/engines/select.js';
import { guardedRun } from './run-guards.js';
import type { LintFacts, LintInput, LintSpec } from './lint/lint-spec.js';
import { defaultJobs } from './lint/pool.js';
import { categorizer, moduleResult, unreadableModule, type Categorizer } from './module-result.js';
import { DEFAULT_MAX_FILE_SIZE, classifyContent, type ContentClass } from './sources/files.js';
import { resolveCommit } from './sources/git.js';
import { GitRefSource } from './sources/git-ref.js';
import { InputError, type Source, type SourceEntry } from './sources/source.js';
import { WorktreeSource } from './sources/worktree.js';
import { UPKEEP_VERSION } from './version.js';
import { detectEnvironments, environmentModelOf, summarizeEnvironments } from './environment/index.js';
import type { EnvironmentPlan } from './environment/types.js';
import { FactsStore, factsOf } from './environment/facts-cache.js';
import type { FileFacts } from './environment/file-facts.js';
import { buildProjectModel, modelOfFiles } from './project/model.js';
import { upkeepConfigAtCommit } from './environment/commit-config.js';
import { commitProjectFiles } from './project/commit-files.js';
import { BlobReader } from './sources/blob-reader.js';
import type { ProjectModel } from './project/types.js';
import { loadEslintIgnore } from './lint/eslintignore.js';
import { captureWarnings } from './lint/warnings.js';
import { isTypeAware } from './eslint-config-choice.js';
import { reportPackageRoots } from './history/workspace-roots.js';

export interface AnalyzeOptions {
  /** absolute project root: module paths, `.upkeep/` and the ESLint cwd are relative to it */
  root: string;
  /** root-relative files or directories to analyze; empty for the whole project */
  paths?: readonly string[];
  /** analyze this commit straight from git objects instead of the files on disk */
  ref?: string;
  /** recommended | typed | project | an absolute path to an ESLint flat config file */
  eslintConfig?: string;
  include?: readonly string[];
  exclude?: readonly string[];
  categories?: Readonly<Record<string, Category>>;
  /** the evaluation expression (pylint's by default) */
  evaluation?: string;
  maxFileSize?: number;
  /** worker threads; defaults to the number of cores */
  jobs?: number;
  /** the lint engine; oxlint by default for the recommended preset, ESLint for every other configuration */
  engine?: EngineId;
  /** false: neither read nor write `.upkeep/cache` */
  cache?: boolean;
  /** modules linted of those to lint, and their bytes of source (the largest are linted first) */
  onProgress?: (progress: { done: number; total: number; doneBytes?: number; totalBytes?: number }) => void;
  /**
   * the project model of the root, when the caller has built it already (with the same paths,
   * include, exclude and maxFileSize); otherwise it is built here. Unused with `ref`.
   */
  model?: ProjectModel;
}

export interface AnalyzeStats {
  modules: number;
  linted: number;
  cache: CacheCounters & { enabled: boolean };
}

export interface AnalyzeResult {
  report: ScoreReport;
  /** what the user should know about the run, one line each (also in report.environment.notices) */
  notices: string[];
  stats: AnalyzeStats;
}

/**
 * Scores every module of a source: lists it, takes what the cache knows, lints the rest on worker
 * threads (statements counted in the same pass), stores the new results and builds the report.
 * Throws InputError for anything the user must fix (path, ref, configuration).
 */
export async function analyze(options: AnalyzeOptions): Promise<AnalyzeResult> {
  return guardedRun(options, analyzeWithEngine);
}

async function analyzeWithEngine(options: AnalyzeOptions): Promise<AnalyzeResult> {
  const parsed = parseEvaluation(options.evaluation ?? DEFAULT_EVALUATION_SOURCE);
  if (!parsed.ok) throw new InputError(`evaluation: ${parsed.error.message}`);
  const evaluation = parsed.expression;
  const spec: LintSpec = { root: options.root, eslintConfig: options.eslintConfig ?? 'recommended' };
  const { source, model, known } = await openSource(options, spec);
  const capture = captureWarnings();
  let cache: ResultCache | undefined;
  try {
    const notices: string[] = [];
    if (known) notices.push(...(await upkeepConfigAtCommit(options.root, model.allFiles)));
    const listing = await source.list();
    const skipped: SkippedFile[] = [...listing.skipped];
    listing.entries = await withoutEslintIgnored(options.root, listing.entries, skipped, notices, model.read);
    // Environments depend on the contents of every module (module syntax, comments, what scripts
    // declare): the work tree's modules are read and classified up front; a commit's come with
    // their verdicts and facts from the facts cache, and only the misses are read, to be linted.
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const contents = known
      ? contentsOfVerdicts(listing.entries, known.verdicts)
      : await readContents(source, listing.entries, maxFileSize);
    const around = await aroundListing(options.root, model, listing.entries, known?.verdicts, maxFileSize);
    const planned = await planEnvironments(
      options,
      model,
      [...listing.entries, ...around.entries],
      around.entries.length === 0 ? contents : new Map([...contents, ...around.contents]),
      known?.store,
    );
    const { plan, textPaths } = around.entries.length === 0 ? planned : shownOnly(planned, listing.entries);
    notices.push(...plan.notices);
    spec.environments = Object.fromEntries(plan.groups.map((group) => [group.id, group.env]));
    const { engine, note } = chooseEngine(spec, options.engine);
    if (note !== undefined) notices.push(note);
    const keys = await cacheKeys(spec, listing.entries, plan.groupOf, engine);
    if (keys.configFile !== undefined && listing.entries.length > 0)
      await checkConfigLoads(spec, listing.entries[0]!.path);
    cache = options.cache !== false ? new ResultCache(await ensureStateDir(options.root), keys.configKey) : undefined;
    const results = new Results(categorizer(options.categories), evaluation, skipped);
    const writes: Promise<void>[] = [];
    const queued = await takeKnown(listing.entries, contents, results, cache, keys, plan, writes);
    if (queued.unread.length > 0) await readQueued(source, queued, results, plan, maxFileSize, cache, keys, writes);
    // the texts now live in the queued inputs only, and leave memory as each module is linted
    contents.clear();
    const linted = await lintQueued(queued, engine, options, results, cache, keys, notices, writes);
    await cache?.flush();
    await Promise.all(writes);

    const report = buildScoreReport({
      toolVersion: UPKEEP_VERSION,
      source: source.description,
      config: {
        eslintConfig: spec.eslintConfig,
        hash: keys.configKey,
        engine: { name: engine.id, version: engine.version },
      },
      modules: results.modules,
      skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : 1)),
      // groups: the project's package and its workspace packages, never a fixture's package.json
      packageRoots: await reportPackageRoots(options.root, listing.packageRoots, model, source.description),
      evaluation,
      environment: summarizeEnvironments(plan, textPaths),
    });
    for (const warning of capture.drain()) notices.push(`ESLint: ${warning}`);
    report.environment!.notices = [...new Set(notices)];
    return {
      report,
      notices: report.environment!.notices,
      stats: {
        modules: results.modules.length,
        linted,
        cache: { enabled: cache !== undefined, ...(cache?.counters ?? { hits: 0, misses: 0, writes: 0 }) },
      },
    };
  } finally {
    // what a failing run linted is kept (a second flush of a run that ended well writes nothing)
    await cache?.flush().catch(() => undefined);
    capture.restore();
    await source.close();
  }
}

/** Drops what a legacy `.eslintignore` lists: each becomes a skipped file, and one notice says how many. */
export async function withoutEslintIgnored(
  root: string,
  entries: SourceEntry[],
  skipped: SkippedFile[],
  notices: string[],
  read?: (file: string) => Promise<string | undefined>,
): Promise<SourceEntry[]> {
  const eslintIgnore = await loadEslintIgnore(root, read);
  if (!eslintIgnore) return entries;
  const kept = entries.filter((entry) => !eslintIgnore.ignores(entry.path));
  for (const entry of entries) {
    if (eslintIgnore.ignores(entry.path))
      skipped.push({ path: entry.path, reason: 'ignored', detail: 'also excluded by .eslintignore' });
  }
  const dropped = entries.length - kept.length;
  if (dropped > 0) notices.push(`${dropped} module${dropped === 1 ? '' : 's'} also excluded by .eslintignore`);
  return kept;
}

/**
 * The modules of the run's scope outside its listing (`ProjectModel.scope`: a run limited to
 * paths), with what is known of their contents, so that environments are planned over the whole
 * project; those `.eslintignore` drops are left out, as a whole-project run leaves them out.
 */
async function aroundListing(
  root: string,
  model: ProjectModel,
  listed: readonly SourceEntry[],
  verdicts: ReadonlyMap<string, ContentClass> | undefined,
  maxFileSize: number,
): Promise<{ entries: SourceEntry[]; contents: Map<string, Content> }> {
  if (model.scope === undefined) return { entries: [], contents: new Map() };
  const inListing = new Set(listed.map((entry) => entry.path));
  const outside = model.scope.entries.filter((entry) => !inListing.has(entry.path) && entry.unreadable === undefined);
  const entries = await withoutEslintIgnored(root, outside, [], [], model.read);
  if (verdicts !== undefined) return { entries, contents: contentsOfVerdicts(entries, verdicts) };
  const contents = new Map<string, Content>();
  for (const entry of entries) {
    const bytes = model.contentOf(entry.path);
    if (bytes === undefined) continue;
    const classified = classifyContent(entry.path, bytes, maxFileSize);
    contents.set(
      entry.path,
      classified.kind === 'skip'
        ? { skip: { kind: 'skip', reason: classified.reason, detail: classified.detail } }
        : { text: classified.text },
    );
  }
  return { entries, contents };
}

/** A plan made over a wider scope, as the report shows it: the listed modules only. */
function shownOnly(
  planned: { plan: EnvironmentPlan; textPaths: string[] },
  listed: readonly SourceEntry[],
): { plan: EnvironmentPlan; textPaths: string[] } {
  const shown = new Set(listed.map((entry) => entry.path));
  const groups = planned.plan.groups
    .map((group) => ({ ...group, files: group.files.filter((file) => shown.has(file)) }))
    .filter((group) => group.files.length > 0);
  return {
    plan: { ...planned.plan, groups },
    textPaths: planned.textPaths.filter((path) => shown.has(path)),
  };
}

const NO_ENVIRONMENTS: EnvironmentPlan = { groups: [], scriptGroups: [], notices: [], groupOf: () => undefined };

/** The environment of every module that is text, from the facts of its content (cached by blob). */
async function planEnvironments(
  options: AnalyzeOptions,
  model: ProjectModel,
  entries: readonly SourceEntry[],
  contents: ReadonlyMap<string, Content>,
  store?: FactsStore,
): Promise<{ plan: EnvironmentPlan; textPaths: string[] }> {
  const texts = new Map<string, string>();
  const textPaths: string[] = [];
  for (const [path, content] of contents) {
    if ('text' in content) texts.set(path, content.text);
    if ('text' in content || ('pending' in content && content.pending === 'text')) textPaths.push(path);
  }
  // for bench/score-bench.mjs --env only: the cost of detection is measured against a run without it
  if (process.env.UPKEEP_BENCH_NO_ENVIRONMENTS === '1') return { plan: NO_ENVIRONMENTS, textPaths };
  const blobs = new Map(entries.map((entry) => [entry.path, entry.blob]));
  const textModules = [...texts].map(([path, text]) => ({ path, text, blob: blobs.get(path)! }));
  let facts: Map<string, FileFacts>;
  if (store) {
    facts = await store.factsOf(textModules);
    for (const path of textPaths) {
      const known = facts.has(path) ? undefined : store.knownFacts(path, blobs.get(path)!);
      if (known) facts.set(path, known);
    }
    await store.save();
  } else {
    facts = await factsOf(textModules, options.cache === false ? undefined : await ensureStateDir(options.root));
  }
  const plan = await detectEnvironments(environmentModelOf(model, textPaths), { texts, facts });
  return { plan, textPaths };
}

/** The modules and skipped files of a run, as results come in (from the cache or the linter). */
class Results {
  readonly modules: ModuleResult[] = [];

  constructor(
    private readonly categorize: Categorizer,
    private readonly evaluation: Evaluation,
    private readonly skipped: SkippedFile[],
  ) {}

  take(entry: SourceEntry, cached: CachedEntry): void {
    if (cached.kind === 'skip')
      this.skipped.push({ path: entry.path, reason: cached.reason as SkippedFile['reason'], detail: cached.detail });
    else if (cached.facts.ignored)
      this.skipped.push({ path: entry.path, reason: 'ignored', detail: 'not covered by the ESLint configuration' });
    else this.modules.push(moduleResult(entry.path, entry.blob, cached.facts, this.categorize, this.evaluation));
  }

  unreadable(path: string, why: string): void {
    this.modules.push(unreadableModule(path, why, this.evaluation, this.categorize));
  }
}

interface Queued {
  inputs: LintInput[];
  byPath: Map<string, SourceEntry>;
  /** modules known to be text but not read yet (a commit's, listed from the facts cache): to read, then lint */
  unread: SourceEntry[];
}

/** Takes what needs no linting (unreadable, cached, skipped by content) and queues the rest with its environment. */
async function takeKnown(
  entries: readonly SourceEntry[],
  contents: ReadonlyMap<string, Content>,
  results: Results,
  cache: ResultCache | undefined,
  keys: CacheKeys,
  plan: EnvironmentPlan,
  writes: Promise<void>[],
): Promise<Queued> {
  const inputs: LintInput[] = [];
  const byPath = new Map<string, SourceEntry>();
  const unread: SourceEntry[] = [];
  await Promise.all(
    entries.map(async (entry) => {
      if (entry.unreadable !== undefined) return results.unreadable(entry.path, entry.unreadable);
      const content = contents.get(entry.path);
      if (content === undefined || 'error' in content)
        return results.unreadable(entry.path, content?.error ?? 'not listed by this source');
      const cached = await cache?.get(keys.entryKey(entry));
      if (cached) return results.take(entry, cached);
      if ('skip' in content) {
        results.take(entry, content.skip);
        if (cache) writes.push(cache.set(keys.entryKey(entry), content.skip));
        return;
      }
      if ('pending' in content) return void unread.push(entry);
      inputs.push(inputOf(entry, content.text, plan));
      byPath.set(entry.path, entry);
    }),
  );
  return { inputs, byPath, unread };
}

function inputOf(entry: SourceEntry, text: string, plan: EnvironmentPlan): LintInput {
  const environment = plan.groupOf(entry.path);
  return environment === undefined ? { path: entry.path, text } : { path: entry.path, text, environment };
}

/** Reads the queued modules that were listed unread (cache misses of a commit) and queues their texts. */
async function readQueued(
  source: Source,
  queued: Queued,
  results: Results,
  plan: EnvironmentPlan,
  maxFileSize: number,
  cache: ResultCache | undefined,
  keys: CacheKeys,
  writes: Promise<void>[],
): Promise<void> {
  for await (const read of source.read(queued.unread)) {
    const entry = read.entry;
    if ('error' in read) {
      results.unreadable(entry.path, read.error);
      continue;
    }
    const classified = classifyContent(entry.path, read.content, maxFileSize);
    if (classified.kind === 'skip') {
      // the facts cache said text: only a changed classifier gets here
      const skip = { kind: 'skip' as const, reason: classified.reason, detail: classified.detail };
      results.take(entry, skip);
      if (cache) writes.push(cache.set(keys.entryKey(entry), skip));
      continue;
    }
    queued.inputs.push(inputOf(entry, classified.text, plan));
    queued.byPath.set(entry.path, entry);
  }
  queued.unread = [];
}

/** Lints the queued modules on the engine, storing each result as it comes; returns how many were linted. */
async function lintQueued(
  { inputs, byPath }: Queued,
  engine: LintEngine,
  options: AnalyzeOptions,
  results: Results,
  cache: ResultCache | undefined,
  keys: CacheKeys,
  notices: string[],
  writes: Promise<void>[],
): Promise<number> {
  let done = 0;
  let doneBytes = 0;
  const totalBytes = inputs.reduce((sum, input) => sum + input.text.length, 0);
  options.onProgress?.({ done, total: inputs.length, doneBytes, totalBytes });
  const jobs = options.jobs ?? defaultJobs();
  for await (const outcome of engine.lintAll(inputs, jobs, {
    onWarning: (warning) => notices.push(`ESLint: ${warning}`),
  })) {
    if (outcome.note !== undefined) notices.push(outcome.note);
    const entry = byPath.get(outcome.path)!;
    const facts: LintFacts = outcome.facts;
    results.take(entry, { kind: 'facts', facts });
    // a crash may be a passing fault (out of memory): never remember it
    if (cache && facts.crash === undefined) writes.push(cache.set(keys.entryKey(entry), { kind: 'facts', facts }));
    doneBytes += outcome.input.text.length;
    options.onProgress?.({ done: ++done, total: inputs.length, doneBytes, totalBytes });
  }
  return inputs.length;
}

/**
 * A module's content as the run knows it: its text; or, for a commit listed from the facts cache,
 * pending (a text module, or one that could not be read while listing) and read only when linted;
 * a skip; or why it cannot be read.
 */
type Content =
  { text: string } | { pending: 'text' | 'unknown' } | { skip: CachedEntry & { kind: 'skip' } } | { error: string };

/** A commit's modules as listed with their verdicts: skips decided, the others to read if the cache misses them. */
function contentsOfVerdicts(
  entries: readonly SourceEntry[],
  verdicts: ReadonlyMap<string, ContentClass>,
): Map<string, Content> {
  const out = new Map<string, Content>();
  for (const entry of entries) {
    if (entry.unreadable !== undefined) continue;
    const verdict = verdicts.get(entry.path);
    // no verdict: it could not be read while listing; reading it again gives git's reason
    if (verdict === undefined) out.set(entry.path, { pending: 'unknown' });
    else if (verdict.kind === 'module') out.set(entry.path, { pending: 'text' });
    else out.set(entry.path, { skip: { kind: 'skip', reason: verdict.reason, detail: verdict.detail } });
  }
  return out;
}

/** Every listed module's content, decoded, or why it is not linted. */
async function readContents(
  source: Source,
  entries: readonly SourceEntry[],
  maxFileSize: number,
): Promise<Map<string, Content>> {
  const out = new Map<string, Content>();
  for await (const read of source.read(entries.filter((entry) => entry.unreadable === undefined))) {
    if ('error' in read) {
      out.set(read.entry.path, { error: read.error });
      continue;
    }
    const classified = classifyContent(read.entry.path, read.content, maxFileSize);
    out.set(
      read.entry.path,
      classified.kind === 'skip'
        ? { skip: { kind: 'skip', reason: classified.reason, detail: classified.detail } }
        : { text: classified.text },
    );
  }
  return out;
}

/**
 * The modules to score and the project model. On the work tree the model lists and reads them
 * (one listing for everything); a commit is read from git objects, with the packages and test
 * runners of the work tree.
 */
async function openSource(
  options: AnalyzeOptions,
  spec: LintSpec,
): Promise<{
  source: Source;
  model: ProjectModel;
  /** a commit's: each module's verdict, and the facts store that knows the facts of its text modules */
  known?: { verdicts: ReadonlyMap<string, ContentClass>; store: FactsStore };
}> {
  const filter = {
    pathspecs: options.paths?.length ? options.paths : [''],
    include: options.include,
    exclude: options.exclude,
  };
  const modelOptions = { include: options.include, exclude: options.exclude, maxFileSize: options.maxFileSize };
  if (options.ref === undefined) {
    if (isTypeAware(spec.eslintConfig)) await requireTsconfig(options.root, spec.eslintConfig);
    // the work tree is listed once, by the project model that the codemods and environments share
    const model =
      options.model ?? (await buildProjectModel(options.root, { ...modelOptions, paths: filter.pathspecs }));
    return { source: WorktreeSource.fromListing(options.root, model.listing, model.contentOf), model };
  }
  if (isTypeAware(spec.eslintConfig)) {
    throw new InputError(
      `--eslint-config ${spec.eslintConfig} cannot analyze --ref ${options.ref}: type-aware rules need the whole project on disk; score the checked-out tree instead`,
    );
  }
  const { top, commit } = await resolveCommit(options.root, options.ref);
  // the packages, test runners and test files of that commit decide its environments, as trend's
  // one reader and one listing of the commit serve the model and then the source, which closes the reader
  const reader = new BlobReader(top);
  try {
    const prefix = relative(top, options.root).split(sep).join('/');
    const store = await FactsStore.open(options.cache === false ? undefined : await ensureStateDir(options.root));
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const files = await commitProjectFiles(top, prefix, commit, filter, reader, { store, maxFileSize });
    return {
      source: new GitRefSource(top, options.root, options.ref, commit, filter, { tree: files.tree, reader }),
      model: await modelOfFiles(options.root, files, modelOptions, filter.pathspecs),
      known: { verdicts: files.verdicts, store },
    };
  } catch (error) {
    await reader.close();
    throw error;
  }
}

async function requireTsconfig(root: string, preset: string): Promise<void> {
  const { access } = await import('node:fs/promises');
  await access(join(root, 'tsconfig.json')).catch(() => {
    throw new InputError(
      `--eslint-config ${preset} needs a tsconfig.json at ${root}; add one or use --eslint-config recommended`,
    );
  });
}

/** Loads the user's ESLint configuration once up front, so a broken one is one clear error, not a fatal message per file. */
export async function checkConfigLoads(spec: LintSpec, samplePath: string): Promise<void> {
  // loaded here, not at start-up: a run that lints nothing never loads ESLint in this thread
  const [{ ESLint }, { eslintOptions }] = await Promise.all([import('eslint'), import('./lint/linter.js')]);
  try {
    await new ESLint(eslintOptions(spec)).calculateConfigForFile(join(spec.root, samplePath));
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(`--eslint-config ${spec.eslintConfig}: the ESLint configuration does not load: ${why}`);
  }
}
