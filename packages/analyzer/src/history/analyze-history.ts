import { relative, sep } from 'node:path';
import {
  DEFAULT_EVALUATION,
  buildScoreReport,
  parseEvaluation,
  type Category,
  type Evaluation,
  type ModuleResult,
  type ScoreReport,
  type SkippedFile,
} from '@upkeep/core';
import { checkConfigLoads, withoutEslintIgnored } from '../analyze.js';
import { ResultCache, type CacheCounters, type CachedEntry } from '../cache/result-cache.js';
import { ensureStateDir } from '../cache/state-dir.js';
import { cacheKeys, type CacheKeys } from '../config-key.js';
import type { LintInput, LintSpec } from '../lint/lint-spec.js';
import { defaultJobs } from '../lint/pool.js';
import type { EngineId, LintEngine } from '../lint/engines/engine.js';
import { chooseEngine } from '../lint/engines/select.js';
import { guardedRun } from '../run-guards.js';
import { categorizer, moduleResult, unreadableModule, type Categorizer } from '../module-result.js';
import { BlobReader } from '../sources/blob-reader.js';
import { DEFAULT_MAX_FILE_SIZE, classifyContent, type ContentClass } from '../sources/files.js';
import { captureWarnings } from '../lint/warnings.js';
import { InputError, type Listing, type SourceEntry } from '../sources/source.js';
import { UPKEEP_VERSION } from '../version.js';
import { firstParentHistory, resolveBranch, type HistoryCommit } from './commits.js';
import { DEFAULT_MAX_POINTS, describeEvery, sampleCommits, type Every } from './sample.js';
import { renamesBetween } from './tree.js';
import { commitTrees } from './trees.js';
import { CommitModelMemo, CommitPlanMemo } from './model-memo.js';
import type { CommitTree } from '../sources/git-tree.js';
import { workspacePackageRoots } from './workspace-roots.js';
import { isTypeAware } from '../eslint-config-choice.js';
import { detectEnvironments, environmentModelOf } from '../environment/index.js';
import { FactsStore } from '../environment/facts-cache.js';
import type { EnvironmentPlan } from '../environment/types.js';
import { TextMemo, commitProjectFiles, type BlobKnowledge } from '../project/commit-files.js';
import type { FileFacts } from '../environment/file-facts.js';
import { modelOfFiles } from '../project/model.js';
import type { ProjectModel } from '../project/types.js';

export interface HistoryOptions {
  /** absolute project root */
  root: string;
  /** branch, tag or commit to walk back from (default: the checked-out branch) */
  branch?: string;
  /** only commits that landed (committer date) at or after / at or before these instants */
  since?: Date;
  until?: Date;
  /** the dates as the user wrote them, for the report */
  sinceText?: string;
  untilText?: string;
  every?: Every;
  maxPoints?: number;
  paths?: readonly string[];
  /** recommended | project | an absolute path to an ESLint flat config file (typed cannot read history) */
  eslintConfig?: string;
  include?: readonly string[];
  exclude?: readonly string[];
  categories?: Readonly<Record<string, Category>>;
  evaluation?: string;
  maxFileSize?: number;
  jobs?: number;
  /** the lint engine; oxlint by default for the recommended preset, ESLint for every other configuration */
  engine?: EngineId;
  /** false: neither read nor write `.upkeep/cache` (each distinct blob is still linted once per run) */
  cache?: boolean;
  /** linting also gives bytes of source (exact when the misses fit one chunk, else extrapolated from those read) */
  onProgress?: (progress: {
    phase: 'listing' | 'linting';
    done: number;
    total: number;
    doneBytes?: number;
    totalBytes?: number;
  }) => void;
  /** stops the run between modules: what was linted is in the cache, and InterruptedError is thrown */
  signal?: AbortSignal;
}

export interface HistoryPoint {
  commit: HistoryCommit;
  commits: number;
  report: ScoreReport;
}

export interface HistoryResult {
  branch: string;
  head: string;
  points: HistoryPoint[];
  sampling: {
    every: string;
    maxPoints: number;
    since?: string;
    until?: string;
    commitsInRange: number;
    candidates: number;
    capped: boolean;
  };
  /** path at the first point → path at the last, for modules git sees as renamed */
  renames: Record<string, string>;
  /** what ESLint and its plugins said while linting, one line each (never printed by them) */
  notices: string[];
  stats: {
    distinctModules: number;
    linted: number;
    cache: CacheCounters & { enabled: boolean };
    /** git objects read in all (listing the commits and reading what was linted) */
    blobsRead: number;
  };
}

/** The run was stopped (Ctrl-C); every module linted so far is in the cache, so the next run resumes. */
export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
  constructor(
    readonly linted: number,
    readonly total: number,
  ) {
    super(
      total === 0
        ? 'interrupted before linting began'
        : linted === 0
          ? `interrupted before any of the ${total} modules to lint was done`
          : `interrupted after linting ${linted} of ${total} modules; they are kept in the cache, run the same command again to resume`,
    );
  }
}

/** Inputs linted per pool run: bounds the module texts held in memory on long histories. */
const CHUNK = 4000;

/**
 * Scores sampled commits of the first-parent history straight from git objects, each module in the
 * environment of its commit (packages, test runners and files of that commit's tree). Every
 * distinct (blob, environment) of every sampled commit is looked up once in the cache; only the
 * misses are linted (one worker pool per few thousand modules, largest first), and each result is
 * stored as soon as it is known.
 */
export async function analyzeHistory(options: HistoryOptions): Promise<HistoryResult> {
  return guardedRun(options, historyWithEngine);
}

async function historyWithEngine(options: HistoryOptions): Promise<HistoryResult> {
  const parsed = parseEvaluation(options.evaluation ?? DEFAULT_EVALUATION);
  if (!parsed.ok) throw new InputError(`evaluation: ${parsed.error.message}`);
  const evaluation = parsed.expression;
  const spec: LintSpec = { root: options.root, eslintConfig: options.eslintConfig ?? 'recommended' };
  if (isTypeAware(spec.eslintConfig)) {
    throw new InputError(
      `--eslint-config ${spec.eslintConfig} cannot score history: type-aware rules need the whole project checked out at each commit; use recommended or project`,
    );
  }
  const { top, name, head } = await resolveBranch(options.root, options.branch);
  const every = options.every ?? { kind: 'commit' };
  const maxPoints = options.maxPoints ?? DEFAULT_MAX_POINTS;
  const history = inRange(await firstParentHistory(top, head), options);
  if (history.length === 0) throw new InputError(emptyRangeMessage(name, options));
  const sample = sampleCommits(history, every, maxPoints);

  const { engine } = chooseEngine(spec, options.engine);
  const useCache = options.cache !== false;
  const stateDir = useCache ? await ensureStateDir(options.root) : undefined;
  const blobsRead = { count: 0 };
  const listed = await listPoints(top, sample.points, spec, engine, options, stateDir, blobsRead);
  const configKey = listed[0]!.keys.configKey;
  const sampleEntry = listed.flatMap((point) => point.listing.entries)[0];
  // ESLint and its plugins talk to the terminal on their own (loading a project's config; a small
  // batch, or the modules oxlint cannot parse, linted in this thread): their warnings become
  // notices, as in score
  const capture = captureWarnings();
  let known: Awaited<ReturnType<typeof lookUp>>;
  let cache: ResultCache | undefined;
  let distinctModules: number;
  let linted: number;
  try {
    if (listed[0]!.keys.configFile !== undefined && sampleEntry) await checkConfigLoads(spec, sampleEntry.path);
    cache = stateDir !== undefined ? new ResultCache(stateDir, configKey) : undefined;
    known = await lookUp(listed, cache);
    // counted before linting, which adds what it lints to `known.facts`
    distinctModules = known.facts.size + known.misses.length;
    linted = await lintMisses(top, known, spec, options, cache, blobsRead);
  } finally {
    capture.restore();
  }
  const notices = capture.drain().map((warning) => `ESLint: ${warning}`);

  const categorize = categorizer(options.categories);
  const results = new Map<string, ModuleResult | SkippedFile>();
  const points = sample.points.map((point, index): HistoryPoint => {
    const report = reportOf(listed[index]!, known.facts, results, categorize, evaluation, {
      commit: point.commit.commit,
      configKey,
      eslintConfig: spec.eslintConfig,
      engine,
    });
    return { commit: point.commit, commits: point.commits, report };
  });
  const first = sample.points[0]!.commit.commit;
  const prefix = relative(top, options.root).split(sep).join('/');
  const renames =
    points.length > 1 ? await renamesBetween(top, prefix, first, sample.points.at(-1)!.commit.commit) : {};
  return {
    branch: name,
    head,
    points,
    sampling: {
      every: describeEvery(every),
      maxPoints,
      ...(options.sinceText !== undefined ? { since: options.sinceText } : {}),
      ...(options.untilText !== undefined ? { until: options.untilText } : {}),
      commitsInRange: history.length,
      candidates: sample.candidates,
      capped: sample.capped,
    },
    renames,
    notices,
    stats: {
      distinctModules,
      linted,
      cache: { enabled: useCache, ...(cache?.counters ?? { hits: 0, misses: 0, writes: 0 }) },
      blobsRead: blobsRead.count,
    },
  };
}

/** One sampled commit: its modules, and the cache keys that hold the environment of each. */
interface ListedPoint {
  listing: Listing;
  keys: CacheKeys;
  environmentOf(path: string): string | undefined;
  /** each module's verdict as listed (known without reading it when the facts cache knew its blob) */
  verdicts: ReadonlyMap<string, ContentClass>;
}

/**
 * Lists each sampled commit and decides its modules' environments from that commit's own tree
 * (as `score` does on the work tree), adding every environment met to `spec.environments`.
 */
async function listPoints(
  top: string,
  points: readonly { commit: HistoryCommit }[],
  spec: LintSpec,
  engine: LintEngine,
  options: HistoryOptions,
  stateDir: string | undefined,
  blobsRead: { count: number },
): Promise<ListedPoint[]> {
  const prefix = relative(top, options.root).split(sep).join('/');
  const filter = {
    pathspecs: options.paths?.length ? options.paths : [''],
    include: options.include,
    exclude: options.exclude,
  };
  const modelOptions = { include: options.include, exclude: options.exclude, maxFileSize: options.maxFileSize };
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const environments: NonNullable<LintSpec['environments']> = {};
  spec.environments = environments;
  const reader = new BlobReader(top);
  const knowledge: BlobKnowledge = { store: await FactsStore.open(stateDir), maxFileSize, texts: new TextMemo() };
  const out: ListedPoint[] = [];
  const models = new CommitModelMemo();
  const plans = new CommitPlanMemo();
  const trees = commitTrees(
    top,
    prefix,
    points.map((point) => point.commit.commit),
  );
  try {
    for (const [index, point] of points.entries()) {
      if (options.signal?.aborted) throw new InterruptedError(0, 0);
      const commit = point.commit.commit;
      const tree = (await trees.next()).value!;
      const files = await commitProjectFiles(top, prefix, commit, filter, reader, knowledge, tree);
      const model = await models.modelOf(files, tree, (input) =>
        modelOfFiles(options.root, input, modelOptions, filter.pathspecs),
      );
      const listing = model.listing;
      // the commit's own .eslintignore, as score applies the work tree's
      listing.entries = await withoutEslintIgnored(options.root, listing.entries, listing.skipped, [], files.read);
      // groups are the workspace packages of that commit, never a fixture's own package.json
      listing.packageRoots = await workspacePackageRoots(listing.packageRoots, files.read);
      const plan = await commitEnvironments(model, files.verdicts, knowledge.store, {
        plans,
        generation: models.generation,
        tree,
      });
      for (const group of plan.groups) environments[group.id] = group.env;
      const keys = await cacheKeys(spec, listing.entries, plan.groupOf, engine);
      out.push({ listing, keys, environmentOf: plan.groupOf, verdicts: files.verdicts });
      options.onProgress?.({ phase: 'listing', done: index + 1, total: points.length });
    }
    await knowledge.store.save();
  } finally {
    await trees.return(undefined);
    await reader.close();
    blobsRead.count += reader.reads;
  }
  return out;
}

/**
 * The environments of a commit's modules (those that are text; the others are skipped anyway),
 * from the facts remembered for their blobs: no module is read here.
 */
async function commitEnvironments(
  model: ProjectModel,
  verdicts: ReadonlyMap<string, ContentClass>,
  store: FactsStore,
  memo: { plans: CommitPlanMemo; generation: number; tree: CommitTree },
): Promise<EnvironmentPlan> {
  const paths: string[] = [];
  const facts = new Map<string, FileFacts>();
  // over the whole project also when paths limit the listing (ProjectModel.scope)
  for (const entry of (model.scope ?? model.listing).entries) {
    if (verdicts.get(entry.path)?.kind !== 'module') continue;
    paths.push(entry.path);
    const known = store.knownFacts(entry.path, entry.blob);
    // always known once the commit is listed; else detection reads the blob through the model
    if (known) facts.set(entry.path, known);
  }
  return memo.plans.planOf(memo.generation, paths, facts, memo.tree, model.read, (read) =>
    detectEnvironments(environmentModelOf(read ? { ...model, read } : model, paths), { facts }),
  );
}

function inRange(history: HistoryCommit[], options: HistoryOptions): HistoryCommit[] {
  const { since, until } = options;
  return history.filter(
    (commit) => (since === undefined || commit.time >= since) && (until === undefined || commit.time <= until),
  );
}

function emptyRangeMessage(branch: string, options: HistoryOptions): string {
  const range = [
    options.sinceText && `--since ${options.sinceText}`,
    options.untilText && `--until ${options.untilText}`,
  ]
    .filter(Boolean)
    .join(' ');
  return `no commit of ${branch} landed in the range ${range}; widen the range (dates are committer dates, as \`git log\` shows them)`;
}

/** A distinct module to lint: its entry, its cache key and the id of its environment. */
interface Miss {
  entry: SourceEntry;
  key: string;
  environment?: string;
  /** what the listing knew of it: a skip needs no reading */
  verdict?: ContentClass;
}

interface Known {
  /** cache key → what is known about that content */
  facts: Map<string, CachedEntry>;
  /** one per distinct cache key still to analyze, oldest commit first */
  misses: Miss[];
}

async function lookUp(points: readonly ListedPoint[], cache: ResultCache | undefined): Promise<Known> {
  const distinct = new Map<string, Miss>();
  for (const point of points) {
    for (const entry of point.listing.entries) {
      const key = point.keys.entryKey(entry);
      if (distinct.has(key)) continue;
      const environment = point.environmentOf(entry.path);
      const miss: Miss = { entry, key };
      if (environment !== undefined) miss.environment = environment;
      const verdict = point.verdicts.get(entry.path);
      if (verdict !== undefined) miss.verdict = verdict;
      distinct.set(key, miss);
    }
  }
  const facts = new Map<string, CachedEntry>();
  const misses: Miss[] = [];
  const all = [...distinct.values()];
  // bounded concurrency: thousands of small reads at once would only queue in libuv
  for (let i = 0; i < all.length; i += 256) {
    await Promise.all(
      all.slice(i, i + 256).map(async (miss) => {
        const cached = await cache?.get(miss.key);
        if (cached) facts.set(miss.key, cached);
        else misses.push(miss);
      }),
    );
  }
  const order = new Map(all.map((miss, index) => [miss.key, index]));
  misses.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  return { facts, misses };
}

/** Reads and lints what the cache did not know, storing each result as soon as it comes; returns how many were linted. */
async function lintMisses(
  top: string,
  known: Known,
  spec: LintSpec,
  options: HistoryOptions,
  cache: ResultCache | undefined,
  blobsRead: { count: number },
): Promise<number> {
  if (known.misses.length === 0) return 0;

  const total = known.misses.length;
  const jobs = options.jobs ?? defaultJobs();
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const reader = new BlobReader(top);
  const writes: Promise<void>[] = [];
  let done = 0;
  let doneBytes = 0;
  let readBytes = 0;
  let readEntries = 0;
  const remember = (miss: Miss, value: CachedEntry): void => {
    known.facts.set(miss.key, value);
    // a crash may be a passing fault (out of memory): never remember it
    if (cache && !(value.kind === 'facts' && value.facts.crash !== undefined)) writes.push(cache.set(miss.key, value));
  };
  try {
    options.onProgress?.({ phase: 'linting', done, total });
    for (let start = 0; start < total; start += CHUNK) {
      const inputs: LintInput[] = [];
      const byInput = new Map<LintInput, Miss>();
      const chunk: Miss[] = [];
      for (const miss of known.misses.slice(start, start + CHUNK)) {
        // skipped as listed (too large, binary, minified…): stored as such without reading it again
        if (miss.verdict?.kind === 'skip') {
          remember(miss, { kind: 'skip', reason: miss.verdict.reason, detail: miss.verdict.detail });
          done++;
        } else chunk.push(miss);
      }
      readEntries += chunk.length;
      const contents = await Promise.all(
        chunk.map((miss) =>
          reader.read(miss.entry.blob).then(
            (content) => ({ content }),
            (error: Error) => ({ error }),
          ),
        ),
      );
      for (const [index, miss] of chunk.entries()) {
        const entry = miss.entry;
        const read = contents[index]!;
        if ('error' in read) {
          // not stored: the object may come back once the repository is repaired or fetched
          known.facts.set(miss.key, { kind: 'facts', facts: unreadableFacts(read.error.message) });
          done++;
          continue;
        }
        const classified = classifyContent(entry.path, read.content, maxFileSize);
        if (classified.kind === 'skip') {
          remember(miss, { kind: 'skip', reason: classified.reason, detail: classified.detail });
          done++;
          continue;
        }
        // the same path may come with several blobs (one file at several commits): told apart by input
        const input: LintInput = { path: entry.path, text: classified.text };
        if (miss.environment !== undefined) input.environment = miss.environment;
        readBytes += input.text.length;
        inputs.push(input);
        byInput.set(input, miss);
      }
      for await (const outcome of chooseEngine(spec, options.engine).engine.lintAll(inputs, jobs, {
        signal: options.signal,
      })) {
        remember(byInput.get(outcome.input)!, { kind: 'facts', facts: outcome.facts });
        done++;
        doneBytes += outcome.input.text.length;
        options.onProgress?.({
          phase: 'linting',
          done,
          total,
          doneBytes,
          totalBytes: Math.round((readBytes * total) / readEntries),
        });
        // linting in this thread chains promises without a turn of the event loop: let a signal in
        if (options.signal) await new Promise((resolve) => setImmediate(resolve));
        if (options.signal?.aborted) {
          await cache?.flush();
          await Promise.all(writes);
          throw new InterruptedError(done, total);
        }
      }
      if (options.signal?.aborted) {
        await cache?.flush();
        await Promise.all(writes);
        throw new InterruptedError(done, total);
      }
    }
    await cache?.flush();
    await Promise.all(writes);
    return done;
  } finally {
    // the results of a run that fails are kept too
    await cache?.flush().catch(() => undefined);
    await Promise.allSettled(writes);
    await reader.close();
    blobsRead.count += reader.reads;
  }
}

function unreadableFacts(reason: string): Extract<CachedEntry, { kind: 'facts' }>['facts'] {
  return { statements: 0, parseable: true, messages: [], ruleTypes: {}, crash: `could not read the file: ${reason}` };
}

function reportOf(
  { listing, keys }: ListedPoint,
  facts: ReadonlyMap<string, CachedEntry>,
  results: Map<string, ModuleResult | SkippedFile>,
  categorize: Categorizer,
  evaluation: Evaluation,
  about: { commit: string; configKey: string; eslintConfig: string; engine: LintEngine },
): ScoreReport {
  const modules: ModuleResult[] = [];
  const skipped: SkippedFile[] = [...listing.skipped];
  for (const entry of listing.entries) {
    const key = keys.entryKey(entry);
    // one result per (path, content), shared by every point that has it: a long history stays small in memory
    const memo = `${entry.path}\0${key}`;
    let result = results.get(memo);
    if (!result) {
      result = resultOf(entry, facts.get(key), categorize, evaluation);
      results.set(memo, result);
    }
    if ('reason' in result) skipped.push(result);
    else modules.push(result);
  }
  return buildScoreReport({
    toolVersion: UPKEEP_VERSION,
    source: { kind: 'git', ref: about.commit, commit: about.commit },
    config: {
      eslintConfig: about.eslintConfig,
      hash: about.configKey,
      engine: { name: about.engine.id, version: about.engine.version },
    },
    modules,
    skipped,
    packageRoots: listing.packageRoots,
    evaluation,
  });
}

function resultOf(
  entry: SourceEntry,
  cached: CachedEntry | undefined,
  categorize: Categorizer,
  evaluation: Evaluation,
): ModuleResult | SkippedFile {
  if (!cached) return unreadableModule(entry.path, 'not analyzed', evaluation, categorize);
  if (cached.kind === 'skip')
    return { path: entry.path, reason: cached.reason as SkippedFile['reason'], detail: cached.detail };
  if (cached.facts.ignored)
    return { path: entry.path, reason: 'ignored', detail: 'not covered by the ESLint configuration' };
  return moduleResult(entry.path, entry.blob, cached.facts, categorize, evaluation);
}
