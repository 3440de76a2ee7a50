/**
 * Decides each module's environment: how Node (or a page) runs it — ES module, CommonJS or plain
 * script — and the globals it sees, from, in this order of precedence: `/* eslint-env *\/`
 * comments, the project's legacy ESLint configs, the test runners of its test files, browser
 * code, and Node for everything else. Scripts of one package share their top-level names.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { browserFacts } from './browser.js';
import { flatConfigEnvironments, type FlatEnvironment } from './flat-config.js';
import { prepareScanner, scanFile, type FileFacts } from './file-facts.js';
import { globalsOfSet, isKnownSet, runnerSet } from './global-sets.js';
import { isTestLocation } from './runner-evidence.js';
import { LegacyConfigs } from './legacy-config.js';
import { planScriptGroups } from './script-groups.js';
import type {
  EnvironmentGroup,
  EnvironmentModel,
  EnvironmentPlan,
  FileEnvironment,
  GlobalSetting,
  SourceType,
} from './types.js';
import { readModelFile } from './types.js';

export interface DetectOptions {
  /** module texts by root-relative path; files without one are read from disk */
  texts?: ReadonlyMap<string, string>;
  /** facts already known (remembered by blob hash); computed from the text otherwise */
  facts?: ReadonlyMap<string, FileFacts>;
}

interface Decision {
  sourceType: SourceType;
  sets: string[];
  extra: Record<string, GlobalSetting>;
  testFile: boolean;
  scriptGroup?: string;
  /** the globals the project's flat config declares for the file (shared objects, keyed by identity) */
  flat?: FlatEnvironment;
  reasons: string[];
}

const TEST_DIR = /(?:^|\/)(?:test|tests|spec|specs|__tests__|__mocks__)\//;

/** The environment plan of a project's modules (see the module comment for the precedence). */
export async function detectEnvironments(
  model: EnvironmentModel,
  options: DetectOptions = {},
): Promise<EnvironmentPlan> {
  const notices: string[] = [];
  const facts = await collectFacts(model, options);
  const legacy = await LegacyConfigs.load(model.root, model.allFiles, notices);
  const flat = await flatConfigEnvironments(model.root, model.allFiles, model.files, notices);
  const browserInfo = await browserFacts(model, (file) => {
    const fileFacts = facts.get(file);
    return fileFacts?.topLevel && [...fileFacts.topLevel, ...(fileFacts.implicit ?? [])];
  });
  const browser = browserInfo.files;
  const runners = await runnerSets(model);
  const testGlobals = testSetupGlobals(model, facts);

  const decisions = new Map<string, Decision>();
  for (const file of model.files) {
    const fileFacts = facts.get(file);
    const pkg = model.packageOf(file);
    const decision = decideSourceType(file, fileFacts, pkg?.type ?? 'commonjs');
    const browserWhy = browser.get(file);
    decision.sets.push(browserWhy ? 'browser' : 'node');
    if (browserWhy) decision.reasons.push(`browser globals: ${browserWhy}`);
    const page = browserInfo.pageScopes.get(file);
    if (page) {
      const own = new Set(fileFacts?.topLevel ?? []);
      for (const name of page.names) if (!own.has(name)) decision.extra[name] = 'writable';
      decision.sets.push(...page.sets);
      decision.reasons.push(
        `globals of the page ${page.page}: its other scripts and libraries (${[...page.names].slice(0, 6).join(', ')}${page.names.size > 6 ? ', …' : ''})`,
      );
    }
    if (fileFacts?.amd) {
      decision.sets.push('amd');
      decision.reasons.push('amd globals: a top-level define() call');
    }
    applyTestEnvironment(decision, model, file, fileFacts, runners, testGlobals);
    const fromConfig = legacy?.forFile(file);
    if (fromConfig) {
      for (const env of fromConfig.envs) decision.sets.push(`eslintrc:${env}`);
      Object.assign(decision.extra, fromConfig.globals);
      decision.reasons.push(
        `${fromConfig.sources.join(' + ')}: env ${fromConfig.envs.join(', ') || '(none)'}${Object.keys(fromConfig.globals).length ? ' and globals' : ''}`,
      );
      if (decision.sourceType === 'script' && fromConfig.sourceType === 'commonjs') decision.sourceType = 'commonjs';
    }
    const declared = flat?.get(file);
    if (declared) {
      decision.flat = declared;
      decision.reasons.push(
        `${declared.source}: its languageOptions.globals${declared.sourceType ? ` and sourceType ${declared.sourceType}` : ''}`,
      );
      if (
        declared.sourceType === 'script' &&
        decision.sourceType === 'module' &&
        !fileFacts?.moduleSyntax &&
        /\.jsx?$/.test(file)
      ) {
        decision.sourceType = 'script';
        decision.reasons[0] = `script: ${declared.source} says so and it has no module syntax`;
      }
      if (declared.sourceType === 'commonjs' && decision.sourceType === 'script') decision.sourceType = 'commonjs';
    }
    if (fileFacts && fileFacts.envComments.length > 0) {
      const unknown = fileFacts.envComments.filter((name) => !isKnownSet(name) && !fromConfig?.envs.includes(name));
      for (const name of fileFacts.envComments) if (!unknown.includes(name)) decision.sets.push(`comment:${name}`);
      decision.reasons.push(`/* eslint-env ${fileFacts.envComments.join(', ')} */ comment`);
      if (unknown.length > 0)
        notices.push(`${file}: /* eslint-env ${unknown.join(', ')} */ names no known environment`);
    }
    decisions.set(file, decision);
  }

  const scriptGroups = planScriptGroups(model, decisions, facts);
  for (const group of scriptGroups.groups) {
    for (const file of group.files) {
      const decision = decisions.get(file)!;
      decision.scriptGroup = group.id;
      decision.reasons.push(
        `script sharing one global scope with the ${group.files.length} scripts of ${group.dir || 'the root package'}`,
      );
    }
  }
  return buildPlan(decisions, scriptGroups, notices, legacy);
}

async function collectFacts(model: EnvironmentModel, options: DetectOptions): Promise<Map<string, FileFacts>> {
  const facts = new Map<string, FileFacts>();
  let prepared = false;
  for (const file of model.files) {
    const known = options.facts?.get(file);
    if (known) {
      facts.set(file, known);
      continue;
    }
    const text = options.texts?.get(file) ?? (await readModelFile(model, file));
    if (text === undefined) continue;
    if (!prepared) {
      await prepareScanner();
      prepared = true;
    }
    facts.set(file, scanFile(file, text));
  }
  return facts;
}

/**
 * Runner globals and set-up globals for a test file (listed by a runner's spec, or found by
 * evidence); a file in a test location that is neither (a helper) still sees what the set-up of
 * its package assigns to the global object, as the runner's process loads it.
 */
function applyTestEnvironment(
  decision: Decision,
  model: EnvironmentModel,
  file: string,
  fileFacts: FileFacts | undefined,
  runners: ReadonlyMap<string, string>,
  setupGlobals: ReadonlyMap<string, Set<string>>,
): void {
  const test = model.testFiles.get(file) ?? runnerByEvidence(model, file, fileFacts, runners);
  if (test) {
    decision.testFile = true;
    for (const runner of test.runners) {
      const set = runnerSetFor(model, file, runner, runners);
      if (set) decision.sets.push(...set.split(','));
    }
    decision.reasons.push(`${test.runners.join(', ')} test file: ${test.why}`);
  } else if (!isTestLocation(file)) return;
  const assigned = setupGlobalsFor(model.packageOf(file)?.dir ?? '', setupGlobals);
  if (assigned.size === 0) return;
  for (const name of assigned) decision.extra[name] = 'readonly';
  decision.reasons.push(
    `globals the test set-up assigns: ${[...assigned].slice(0, 8).join(', ')}${assigned.size > 8 ? ', …' : ''}`,
  );
}

/** The sets a runner defines for a file: those of the innermost package holding the file that uses the runner. */
function runnerSetFor(
  model: EnvironmentModel,
  file: string,
  runner: string,
  sets: ReadonlyMap<string, string>,
): string | undefined {
  let best: string | undefined;
  for (const candidate of model.testRunners) {
    if (candidate.id !== runner) continue;
    if (candidate.packageDir !== '' && !file.startsWith(`${candidate.packageDir}/`)) continue;
    if (best === undefined || candidate.packageDir.length > best.length) best = candidate.packageDir;
  }
  return (best === undefined ? undefined : sets.get(`${best}\0${runner}`)) ?? runnerSet(runner);
}

/**
 * A module no runner's spec lists that a runner executes all the same (a fixture of the runner's
 * own tests, a file a test helper hands to the runner): it is in a test or fixture location and
 * calls the API of a runner its package (or an enclosing one) uses, without importing it.
 */
function runnerByEvidence(
  model: EnvironmentModel,
  file: string,
  facts: FileFacts | undefined,
  sets: ReadonlyMap<string, string>,
): { runners: string[]; why: string } | undefined {
  const calls = facts?.runnerCalls;
  if (!calls || calls.length === 0 || !isTestLocation(file)) return undefined;
  const runners = new Set<string>();
  for (const runner of model.testRunners) {
    if (runner.packageDir !== '' && !file.startsWith(`${runner.packageDir}/`)) continue;
    const defined = (sets.get(`${runner.packageDir}\0${runner.id}`) ?? runnerSet(runner.id) ?? '').split(',');
    if (defined.some((set) => set !== '' && calls.some((name) => namesOfSet(set).has(name)))) runners.add(runner.id);
  }
  if (runners.size === 0) return undefined;
  const list = [...runners];
  return {
    runners: list,
    why: `calls ${calls.slice(0, 4).join(', ')}${calls.length > 4 ? ', …' : ''} without importing ${calls.length > 1 ? 'them' : 'it'}, in a test or fixture location of a package that uses ${list.join(', ')}`,
  };
}

const setNames = new Map<string, Set<string>>();

function namesOfSet(set: string): Set<string> {
  let names = setNames.get(set);
  if (!names) {
    names = new Set(Object.keys(globalsOfSet(set)));
    setNames.set(set, names);
  }
  return names;
}

/** The names set-up files of the file's package and of the packages enclosing it put on the global object. */
function setupGlobalsFor(dir: string, assigned: ReadonlyMap<string, Set<string>>): Set<string> {
  const out = new Set<string>();
  for (const [owner, names] of assigned) {
    if (owner === '' || owner === dir || dir.startsWith(`${owner}/`)) for (const name of names) out.add(name);
  }
  return out;
}

/** Module or script, as Node decides for a file of this extension in a package of this type. */
export function decideSourceType(
  file: string,
  facts: FileFacts | undefined,
  packageType: 'module' | 'commonjs',
): Decision {
  const decision = (sourceType: SourceType, why: string): Decision => ({
    sourceType,
    sets: [],
    extra: {},
    testFile: false,
    reasons: [`${sourceType}: ${why}`],
  });
  if (/\.(?:mjs|mts)$/.test(file)) return decision('module', '.mjs');
  if (/\.(?:cjs|cts)$/.test(file)) return decision('commonjs', '.cjs');
  if (/\.(?:ts|tsx)$/.test(file)) return decision('module', 'TypeScript');
  if (packageType === 'module') return decision('module', 'package.json type module');
  if (!facts) return decision('module', 'not read');
  if (facts.moduleSyntax) return decision('module', 'ES module syntax (Node detects it)');
  if (facts.commonjs) return decision('commonjs', 'require/module.exports in a package that is not type module');
  if (facts.parsesAs === 'commonjs') return decision('commonjs', 'top-level return: Node runs it as CommonJS');
  if (facts.parsesAs === 'module') return decision('module', 'parses only as a module');
  return decision('script', 'no module system (neither require/module/exports nor import/export)');
}

/**
 * Runner → globals sets per package: vitest defines globals only with `globals: true`, karma those
 * of its frameworks. Keyed by "packageDir\0runner"; a comma-separated list of sets, or "" for none.
 */
async function runnerSets(model: EnvironmentModel): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const runner of model.testRunners) {
    const key = `${runner.packageDir}\0${runner.id}`;
    if (runner.id === 'vitest') {
      const configs = configFilesOf(model, runner.packageDir, /^(?:vitest|vite)\.config\.[cm]?[jt]s$/);
      const texts = await Promise.all(configs.map(async (file) => (await readModelFile(model, file)) ?? ''));
      out.set(key, texts.some((text) => /\bglobals\s*:\s*true\b/.test(text)) ? 'vitest' : '');
    } else if (runner.id === 'karma') {
      const configs = configFilesOf(model, runner.packageDir, /^karma\.conf(?:ig)?\.[cm]?[jt]s$|^\.?karma\.conf/);
      const texts = await Promise.all(configs.map(async (file) => (await readModelFile(model, file)) ?? ''));
      const frameworks = texts.flatMap((text) =>
        [...text.matchAll(/frameworks\s*:\s*\[([^\]]*)\]/g)].flatMap((m) => m[1]!.match(/[\w-]+/g) ?? []),
      );
      const sets = frameworks.map((name) => runnerSet(name)).filter((set): set is string => set !== undefined);
      out.set(key, (sets.length ? sets : ['mocha', 'jasmine']).join(','));
    }
  }
  return out;
}

function configFilesOf(model: EnvironmentModel, dir: string, name: RegExp): string[] {
  return model.allFiles.filter((file) => posix.dirname(file) === (dir || '.') && name.test(posix.basename(file)));
}

/** Names that test set-up code puts on the global object (`global.expect = chai.expect`), per package. */
function testSetupGlobals(model: EnvironmentModel, facts: ReadonlyMap<string, FileFacts>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [file, fileFacts] of facts) {
    if (
      fileFacts.assignsGlobals.length === 0 ||
      !(model.testFiles.has(file) || TEST_DIR.test(file) || /setup|helper/i.test(file))
    )
      continue;
    const dir = model.packageOf(file)?.dir ?? '';
    const names = out.get(dir) ?? new Set<string>();
    for (const name of fileFacts.assignsGlobals) names.add(name);
    out.set(dir, names);
  }
  return out;
}

function buildPlan(
  decisions: Map<string, Decision>,
  scripts: ReturnType<typeof planScriptGroups>,
  notices: string[],
  legacy: LegacyConfigs | undefined,
): EnvironmentPlan {
  const byKey = new Map<string, EnvironmentGroup>();
  const fileToGroup = new Map<string, string>();
  const setCache = new Map<string, Record<string, GlobalSetting>>();
  for (const [file, decision] of decisions) {
    const sets = [...new Set(decision.sets)].sort();
    const flatKey = decision.flat ? flatIdOf(decision.flat) : '';
    const key = JSON.stringify([
      decision.sourceType,
      sets,
      decision.testFile,
      decision.scriptGroup ?? '',
      flatKey,
      sortedEntries(decision.extra),
    ]);
    let group = byKey.get(key);
    if (!group) {
      const globals: Record<string, GlobalSetting> = {};
      for (const set of sets) Object.assign(globals, resolveSet(set, setCache, legacy));
      const scope = decision.scriptGroup === undefined ? undefined : scripts.scopes.get(decision.scriptGroup);
      const namedGlobals = Object.keys(globals).length;
      Object.assign(globals, decision.flat?.globals, decision.extra);
      // only names that are not already globals: redeclaring a real built-in stays a finding
      const shared = (scope?.declared ?? []).filter((name) => !(name in globals));
      for (const name of shared) globals[name] = 'writable';
      const env: FileEnvironment = { sourceType: decision.sourceType, globals, testFile: decision.testFile };
      if (scope) env.scriptScope = { group: decision.scriptGroup!, declared: shared, usedAcross: scope.usedAcross };
      // the id names everything that decides the environment, shared names included: it is part of the cache key
      const id = createHash('sha1')
        .update(key)
        .update(JSON.stringify(env.scriptScope ?? null))
        .digest('hex')
        .slice(0, 16);
      group = { id, files: [], env, reasons: [], sets, namedGlobals };
      byKey.set(key, group);
    }
    group.files.push(file);
    for (const reason of decision.reasons)
      if (!group.reasons.includes(reason) && group.reasons.length < 12) group.reasons.push(reason);
    fileToGroup.set(file, group.id);
  }
  const groups = [...byKey.values()].sort((a, b) => b.files.length - a.files.length || (a.id < b.id ? -1 : 1));
  for (const group of groups) group.files.sort();
  return { groups, scriptGroups: scripts.groups, notices, groupOf: (file) => fileToGroup.get(file) };
}

const flatIds = new WeakMap<object, string>();

/** A short, content-based id of a flat config's globals object (shared by the files it applies to). */
function flatIdOf(flat: FlatEnvironment): string {
  let id = flatIds.get(flat.globals);
  if (id === undefined) {
    id = createHash('sha1')
      .update(JSON.stringify(sortedEntries(flat.globals)))
      .digest('hex')
      .slice(0, 12);
    flatIds.set(flat.globals, id);
  }
  return id;
}

function resolveSet(
  set: string,
  cache: Map<string, Record<string, GlobalSetting>>,
  legacy: LegacyConfigs | undefined,
): Record<string, GlobalSetting> {
  let globals = cache.get(set);
  if (!globals) {
    const name = set.replace(/^(?:eslintrc|comment):/, '');
    globals = isKnownSet(name) ? globalsOfSet(name) : (legacy?.pluginEnvironmentGlobals(name) ?? {});
    cache.set(set, globals);
  }
  return globals;
}

function sortedEntries(record: Record<string, GlobalSetting>): [string, GlobalSetting][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1));
}
