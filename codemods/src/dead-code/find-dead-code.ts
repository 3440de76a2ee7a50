// Finds dead code project-wide and removes it in memory, round after round, until a round finds
// nothing more to remove (a removed function leaves its helpers and imports unused).
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { InputError, buildProjectModel, type ProjectModel } from '@upkeep/analyzer';
import { ts } from '../runner/engine.js';
import { FileEditor, applyEdits, effectiveEdits, type TextEdit } from './edits.js';
import { moduleEffects } from './effects.js';
import { findEntryPoints, type EntryPoints, type WorkspacePackage } from './entries.js';
import { buildGraph, type Graph } from './graph.js';
import { PositionHistory } from './line-map.js';
import { findLocalDeadCode } from './locals.js';
import { isTypeTest } from './type-tests.js';
import { readModuleInfo, type ModuleInfo } from './module-info.js';
import { findModuleDeadCode, keptUnreachedFile } from './modules.js';
import { openDeadCodeProject, type DeadCodeProject } from './project.js';
import type { Round } from './round.js';
import {
  DEAD_CODE_KINDS,
  type DeadCodeFinding,
  type DeadCodeKind,
  type DeadCodeOptions,
  type DeadCodeResult,
  type KeptFinding,
} from './types.js';

const DEFAULT_MAX_ROUNDS = 10;

/** What stays the same over the rounds of one run: the project, its entry points, what may be edited. */
interface RunSetup {
  options: DeadCodeOptions;
  model: ProjectModel;
  project: DeadCodeProject;
  only: ReadonlySet<DeadCodeKind>;
  /** absolute paths of the entry points (a deleted entry leaves the set) */
  entries: Set<string>;
  entryPoints: EntryPoints;
  mentions: ReturnType<typeof mentionFinder>;
  entriesUnclear: (path: string) => string | undefined;
  editable(file: string, unparsable: ReadonlySet<string>): boolean;
}

/** What the rounds accumulate: the original texts, the findings, what was kept, what went wrong. */
interface RunState {
  originals: Map<string, string>;
  histories: Map<string, PositionHistory>;
  findings: DeadCodeFinding[];
  kept: Map<string, KeptFinding>;
  reported: Set<string>;
  removedTexts: Map<string, string>;
  internalErrors: Array<{ path: string; message: string }>;
  unparsable: Set<string>;
}

/** One round's analysis: the program, each file's module info, the graph, the edits collected. */
interface RoundWork {
  number: number;
  program: ts.Program;
  files: string[];
  modules: Map<string, ModuleInfo>;
  graph: Graph;
  round: Round;
  editors: Map<string, FileEditor>;
  deletions: Set<string>;
  /** files whose edits of this round were dropped (an internal error) */
  failed: Set<string>;
}

/**
 * Finds the project's dead code and removes it in memory, round after round, until a round changes
 * nothing (or `maxRounds`). Throws InputError for a bad upkeep.config.json or an entry glob that
 * matches nothing; never writes a file.
 */
export async function findDeadCode(options: DeadCodeOptions): Promise<DeadCodeResult> {
  const setup = await prepareRun(options);
  const state: RunState = {
    originals: new Map(),
    histories: new Map(),
    findings: [],
    kept: new Map(),
    reported: new Set(),
    removedTexts: new Map(),
    internalErrors: [],
    unparsable: new Set(),
  };
  const maxRounds = options.maxRounds ?? DEFAULT_MAX_ROUNDS;
  let changedLastRound: Set<string> | undefined;
  let rounds = 0;
  while (rounds < maxRounds) {
    rounds++;
    const work = analyzeRound(setup, state, rounds, changedLastRound);
    findLocalsOfRound(setup, state, work, changedLastRound ?? new Set(work.files));
    findModulesOfRound(setup, state, work);
    const changed = applyRound(setup, state, work);
    if (changed.size === 0 && work.deletions.size === 0) break;
    changedLastRound = changed;
  }
  return resultOf(setup, state, rounds);
}

/** The project, its entry points and the packages whose entry points are unclear (said in `assumed`). */
async function prepareRun(options: DeadCodeOptions): Promise<RunSetup> {
  const model = options.model ?? (await buildProjectModel(options.root));
  const project = openDeadCodeProject(options.root, model.allFiles);
  // codemods edit only score's modules (no minified, generated or over-size file), never a test fixture
  const editableFiles = new Set(options.editableFiles ?? model.files.filter((f) => !model.isFixture(f)));
  const only = new Set<DeadCodeKind>(options.only && options.only.length > 0 ? options.only : DEAD_CODE_KINDS);
  const scope = (options.paths ?? []).map((p) => p.replace(/^\.\/?/, '').replace(/\/$/, '')).filter((p) => p !== '');
  const inScope = (path: string): boolean =>
    scope.length === 0 || scope.some((p) => path === p || path.startsWith(`${p}/`));
  const relFiles = project.files().map((f) => project.relativePath(f));
  const codeFiles = new Set(relFiles.filter((f) => !/\.d\.[cm]?ts$/.test(f)));
  const entryPoints = findEntryPoints(model, codeFiles, [...configEntries(options.root), ...(options.entries ?? [])]);
  for (const pkg of entryPoints.packages) {
    if (pkg.unclear)
      entryPoints.assumed.push(
        `${pkg.unclear}: its entry points are unclear, so only unused imports and locals are removed in ${pkg.dir === '' ? 'the root package' : pkg.dir} (list its source entry files in upkeep.config.json "entries")`,
      );
  }
  return {
    options,
    model,
    project,
    only,
    entries: new Set(entryPoints.files.map((f) => join(options.root, f))),
    entryPoints,
    mentions: mentionFinder(project),
    entriesUnclear: unclearPackages(entryPoints.packages),
    editable: (file, unparsable) =>
      !unparsable.has(file) &&
      !/\.d\.[cm]?ts$/.test(file) &&
      editableFiles.has(project.relativePath(file)) &&
      inScope(project.relativePath(file)),
  };
}

/** Parses the round's program, reads every module and builds the graph; the round's finders share the result. */
function analyzeRound(
  setup: RunSetup,
  state: RunState,
  number: number,
  changedLastRound: ReadonlySet<string> | undefined,
): RoundWork {
  const { project, options, model } = setup;
  const program = project.program();
  const files = project.files().filter((f) => program.getSourceFile(f));
  const modules = new Map<string, ModuleInfo>();
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    if (parseErrors(source) > 0) {
      // the next round parses what the last one edited: an edit must never break the syntax
      if (changedLastRound?.has(file)) throw unparsableAfterEdit(project, file);
      state.unparsable.add(file);
    }
    modules.set(file, readModuleInfo(source));
  }
  const namedInCode = stringNamer(modules, (f) => project.relativePath(f));
  const graph = buildGraph({
    root: options.root,
    program,
    modules,
    entries: [...setup.entries],
    unparsable: state.unparsable,
    packages: setup.entryPoints.packages,
    sourceOfBuiltPath: (path) => model.sourceOfBuiltPath(path),
    keptUnreached: (file) =>
      keptUnreachedFile(
        { mentionsFile: setup.mentions.file, namedInCode },
        project.relativePath(file),
        program.getSourceFile(file)?.text ?? '',
      ),
  });
  const effects = moduleEffects(program, graph.targetOf);
  const editors = new Map<string, FileEditor>();
  const deletions = new Set<string>();
  const round: Round = {
    program,
    checker: program.getTypeChecker(),
    relativePath: (f) => project.relativePath(f),
    editable: (f) => setup.editable(f, state.unparsable),
    wants: (kind) => setup.only.has(kind),
    removeParams: options.removeParams ?? false,
    editor: (source) =>
      editors.get(source.fileName) ??
      editors.set(source.fileName, new FileEditor(source, effects.expressionHasEffects)).get(source.fileName)!,
    effects,
    found: (finding, node) => recordFinding(setup, state, program, number, finding, node),
    kept(item) {
      // the first round sees the original text, so its lines and details are the user's
      const key = `${item.kind}\0${item.path}\0${item.name}`;
      if (!state.kept.has(key))
        state.kept.set(key, { ...item, line: originalPosition(setup, state, program, item.path, item.line, 1).line });
    },
    deleteFile: (file) => deletions.add(file),
  };
  return { number, program, files, modules, graph, round, editors, deletions, failed: new Set() };
}

/** A finding of the round, with its position in the user's original text; false when `allow` leaves it in place. */
function recordFinding(
  setup: RunSetup,
  state: RunState,
  program: ts.Program,
  round: number,
  finding: Omit<DeadCodeFinding, 'id' | 'round'>,
  node: ts.Node | undefined,
): boolean {
  const at = originalPosition(setup, state, program, finding.path, finding.line, finding.column);
  const id = `${finding.kind}:${finding.path}:${at.line}:${at.column}:${finding.name}`;
  const allow = setup.options.allow;
  if (finding.action !== 'report' && allow && !allow.has(id)) {
    const key = `${finding.kind}\0${finding.path}\0${finding.name}`;
    if (!state.kept.has(key))
      state.kept.set(key, {
        kind: finding.kind,
        name: finding.name,
        path: finding.path,
        line: at.line,
        reason: 'isolated',
        detail: 'left in place: the verification of the change failed with its removal',
      });
    return false;
  }
  if (state.reported.has(id)) return true;
  state.reported.add(id);
  state.findings.push({ ...finding, ...at, id, round });
  state.removedTexts.set(id, node ? node.getText().slice(0, 20_000) : '');
  return true;
}

/** Where a 1-based line and column of a file's current text was in the user's original text. */
function originalPosition(
  setup: RunSetup,
  state: RunState,
  program: ts.Program,
  path: string,
  line: number,
  column: number,
): { line: number; column: number } {
  const file = join(setup.options.root, path);
  const history = state.histories.get(file);
  if (!history) return { line, column };
  const current = program.getSourceFile(file)!;
  const position = history.original(current.getPositionOfLineAndCharacter(line - 1, column - 1));
  const original = ts.createSourceFile(file, state.originals.get(file)!, ts.ScriptTarget.Latest, false);
  const at = original.getLineAndCharacterOfPosition(position);
  return { line: at.line + 1, column: at.character + 1 };
}

/** Unused imports, locals, statements, members and parameters of the files to look at this round. */
function findLocalsOfRound(setup: RunSetup, state: RunState, work: RoundWork, localFiles: ReadonlySet<string>): void {
  const { round, program, files } = work;
  let done = 0;
  for (const file of files) {
    // a file no entry point reaches is deleted whole: checking its insides would only cost time
    // a file kept only because a page or a string names it may be a script whose top-level names other
    // scripts use: its locals are left as they are (what it imports is still reached through it)
    const reached = work.graph.reached.has(file) && !work.graph.keptUnreached.has(file);
    // a type test's unused bindings are its assertions (type-tests.ts)
    const source = program.getSourceFile(file)!;
    const typeTest = isTypeTest(setup.project.relativePath(file), source.text);
    if (localFiles.has(file) && round.editable(file) && !typeTest && (reached || !setup.only.has('files'))) {
      try {
        findLocalDeadCode(round, source);
      } catch (error) {
        // one file's failure drops that file's edits of the round, not the run
        state.internalErrors.push({ path: setup.project.relativePath(file), message: (error as Error).message });
        work.failed.add(file);
        dropFindings(setup, state, work.number, file);
      }
    }
    setup.options.onProgress?.(`dead code, round ${work.number}`, ++done, files.length);
  }
}

/** Unused exports and unreachable files, from the round's module graph. */
function findModulesOfRound(setup: RunSetup, state: RunState, work: RoundWork): void {
  findModuleDeadCode(work.round, {
    graph: work.graph,
    modules: work.modules,
    entries: setup.entries,
    unparsable: state.unparsable,
    mentions: setup.mentions.word,
    entriesUnclear: setup.entriesUnclear,
  });
}

/** Forgets a file's findings of this round (its edits were dropped); its deletion stays. */
function dropFindings(setup: RunSetup, state: RunState, round: number, file: string): void {
  const path = setup.project.relativePath(file);
  const { findings } = state;
  for (let i = findings.length - 1; i >= 0; i--)
    if (findings[i]!.path === path && findings[i]!.round === round && findings[i]!.kind !== 'files')
      findings.splice(i, 1);
}

/**
 * Applies the round's edits and deletions to the in-memory project; a file whose edits fail or would
 * not parse keeps its text (an internal error). Returns the files whose text changed.
 */
function applyRound(setup: RunSetup, state: RunState, work: RoundWork): Set<string> {
  const { project } = setup;
  const changed = new Set<string>();
  for (const [file, editor] of work.editors) {
    if (work.deletions.has(file) || editor.isEmpty || work.failed.has(file)) continue;
    const before = project.text(file)!;
    const after = editedText(setup, state, work, file, before, editor);
    if (after === undefined || after.text === before) continue;
    if (!state.originals.has(file)) state.originals.set(file, before);
    (state.histories.get(file) ?? state.histories.set(file, new PositionHistory()).get(file)!).record(after.edits);
    project.setText(file, after.text);
    changed.add(file);
  }
  for (const file of work.deletions) {
    if (!state.originals.has(file)) state.originals.set(file, project.text(file)!);
    project.setText(file, null);
    setup.entries.delete(file);
  }
  return changed;
}

/** A file's text after its edits, or undefined (said in internalErrors) when they fail or break the syntax. */
function editedText(
  setup: RunSetup,
  state: RunState,
  work: RoundWork,
  file: string,
  before: string,
  editor: FileEditor,
): { text: string; edits: TextEdit[] } | undefined {
  const path = setup.project.relativePath(file);
  let edits: TextEdit[];
  let text: string;
  try {
    edits = effectiveEdits(editor.edits());
    text = applyEdits(before, edits);
  } catch (error) {
    state.internalErrors.push({ path, message: (error as Error).message });
    dropFindings(setup, state, work.number, file);
    return undefined;
  }
  if (text !== before && !parses(file, text)) {
    // an edit must never break the syntax: this file's edits of the round are dropped, and said so
    state.internalErrors.push({
      path,
      message:
        'removing dead code would leave the file unparsable; its edits were dropped (please report this with the file)',
    });
    dropFindings(setup, state, work.number, file);
    return undefined;
  }
  return { text, edits };
}

/** The run's result: changed files (before/after), each removal once, sorted, with counts and dependencies. */
function resultOf(setup: RunSetup, state: RunState, rounds: number): DeadCodeResult {
  const { project } = setup;
  const changes = new Map<string, { before: string; after: string | null }>();
  for (const [file, before] of state.originals) {
    const after = project.text(file) ?? null;
    if (after !== before) changes.set(project.relativePath(file), { before, after });
  }
  const reportedOnce = reportEachOnce(state.findings, state.kept);
  const counts = Object.fromEntries(DEAD_CODE_KINDS.map((k) => [k, 0])) as Record<DeadCodeKind, number>;
  for (const finding of reportedOnce.findings) counts[finding.kind]++;
  reportedOnce.findings.sort(
    (a, b) =>
      DEAD_CODE_KINDS.indexOf(a.kind) - DEAD_CODE_KINDS.indexOf(b.kind) ||
      a.path.localeCompare(b.path) ||
      a.line - b.line ||
      a.column - b.column,
  );
  return {
    findings: reportedOnce.findings,
    kept: reportedOnce.kept.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line),
    changes,
    unparsable: [...state.unparsable].map((f) => project.relativePath(f)).sort(),
    entries: { files: setup.entryPoints.files, assumed: setup.entryPoints.assumed },
    rounds,
    counts,
    requires: dependencies(reportedOnce.findings, state.findings, state.removedTexts),
    internalErrors: state.internalErrors,
  };
}

/**
 * What each later-round finding depends on: the earlier-round removals whose text names it (the
 * caller of a helper, the import of an export, the import of a file). A finding of a later round
 * without such a removal depends on every removal of the round before (it became dead through one).
 */
function dependencies(
  shown: readonly DeadCodeFinding[],
  all: readonly DeadCodeFinding[],
  texts: ReadonlyMap<string, string>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const shownIds = new Set(shown.map((f) => f.id));
  for (const finding of shown) {
    if (finding.round === 1) continue;
    const word = finding.kind === 'files' ? posix.basename(finding.path).replace(/\.[cm]?[jt]sx?$/, '') : finding.name;
    const pattern = new RegExp(`(?<![\\w$])${escape(word)}(?![\\w$])`);
    const earlier = all.filter((f) => f.round < finding.round && f.action !== 'report' && f.id !== finding.id);
    const causes = earlier.filter((f) => pattern.test(texts.get(f.id) ?? ''));
    const chosen = causes.length > 0 ? causes : earlier.filter((f) => f.round === finding.round - 1);
    // what is not shown (a file's insides before the file went) stands for the file's own finding
    const ids = [
      ...new Set(
        chosen.map((f) =>
          shownIds.has(f.id) ? f.id : (shown.find((s) => s.kind === 'files' && s.path === f.path)?.id ?? f.id),
        ),
      ),
    ].filter((id) => id !== finding.id && shownIds.has(id));
    if (ids.length > 0) out.set(finding.id, ids);
  }
  return out;
}

/**
 * Each removed thing once: what was found inside a file that a later round deleted goes with the
 * file, and a local that an earlier round left behind by removing its export (`module.exports = { a }`,
 * `export { a }`) is the rest of that export.
 */
function reportEachOnce(
  findings: readonly DeadCodeFinding[],
  kept: ReadonlyMap<string, KeptFinding>,
): { findings: DeadCodeFinding[]; kept: KeptFinding[] } {
  const deleted = new Set(findings.filter((f) => f.kind === 'files').map((f) => f.path));
  const removedExports = new Set(
    findings.filter((f) => f.kind === 'exports' && f.action !== 'unexport').map((f) => `${f.path}\0${f.name}`),
  );
  return {
    findings: findings.filter(
      (f) =>
        (f.kind === 'files' || !deleted.has(f.path)) &&
        !(f.kind === 'locals' && removedExports.has(`${f.path}\0${f.name}`)),
    ),
    kept: [...kept.values()].filter((k) => k.kind === 'files' || !deleted.has(k.path)),
  };
}

function unparsableAfterEdit(project: DeadCodeProject, file: string): InputError {
  return new InputError(
    `${project.relativePath(file)}: removing dead code would leave the file unparsable; nothing was written. Please report this with the file, and run with --only to take the other kinds meanwhile`,
  );
}

function parses(fileName: string, text: string): boolean {
  return parseErrors(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, scriptKind(fileName))) === 0;
}

/** The parser's syntax errors of a file (what getSyntacticDiagnostics adds walks the whole tree again for TS-only syntax in JS). */
function parseErrors(source: ts.SourceFile): number {
  // parseDiagnostics is where the parser leaves syntax errors; it is not in the public typings
  return ((source as ts.SourceFile & { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? []).length;
}

function scriptKind(fileName: string): ts.ScriptKind {
  if (/\.tsx$/.test(fileName)) return ts.ScriptKind.TSX;
  if (/\.jsx$/.test(fileName)) return ts.ScriptKind.JSX;
  if (/\.[cm]?ts$/.test(fileName)) return ts.ScriptKind.TS;
  return ts.ScriptKind.JS;
}

/** `entries` of upkeep.config.json at the root, when there is one. */
function configEntries(root: string): string[] {
  let text: string;
  try {
    text = readFileSync(join(root, 'upkeep.config.json'), 'utf8');
  } catch {
    return [];
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`upkeep.config.json: not valid JSON: ${(error as Error).message}`);
  }
  const entries = (json as { entries?: unknown }).entries;
  if (entries === undefined) return [];
  if (!Array.isArray(entries) || entries.some((e) => typeof e !== 'string' || e === '')) {
    throw new InputError(
      'upkeep.config.json: "entries" must be an array of non-empty glob strings (entry files, relative to the project root)',
    );
  }
  return entries as string[];
}

/** The reason a root-relative file's package (the nearest package.json above it) has unclear entry points. */
function unclearPackages(packages: readonly WorkspacePackage[]): (path: string) => string | undefined {
  const dirs = [...packages].sort((a, b) => b.dir.length - a.dir.length);
  return (path) => dirs.find((pkg) => pkg.dir === '' || path.startsWith(`${pkg.dir}/`))?.unclear;
}

/**
 * Whether a string literal of another code file names a file: its path, a path ending in it, its base
 * name with or without the extension (`'hash-worker'`, `'plugins/csv.js'`).
 */
function stringNamer(
  modules: ReadonlyMap<string, ModuleInfo>,
  relativePath: (file: string) => string,
): (path: string) => string | undefined {
  const named = new Map<string, string[]>();
  const note = (token: string, file: string): void => {
    const list = named.get(token) ?? named.set(token, []).get(token)!;
    if (list.length < 2 && !list.includes(file)) list.push(file);
  };
  for (const [file, info] of modules) {
    for (const text of info.strings) {
      const clean = text.replace(/^\.?\//, '');
      note(clean, file);
      for (const segment of clean.split('/')) {
        if (segment === '' || segment === '.' || segment === '..') continue;
        note(segment, file);
        note(segment.replace(/\.[cm]?[jt]sx?$/, ''), file);
      }
    }
  }
  return (path) => {
    const base = posix.basename(path);
    for (const token of [path, base, base.replace(/\.[cm]?[jt]sx?$/, '')]) {
      const other = named.get(token)?.find((f) => relativePath(f) !== path);
      if (other) return relativePath(other);
    }
    return undefined;
  };
}

/** Mentions of names and files in the project's non-code files (package.json: its scripts only). */
function mentionFinder(project: DeadCodeProject): {
  word(name: string): string | undefined;
  file(path: string): string | undefined;
} {
  const texts: Array<[string, string]> = [];
  for (const file of project.nonCodeFiles) {
    let text: string;
    try {
      text = readFileSync(join(project.root, file), 'utf8');
    } catch {
      continue;
    }
    if (file === 'package.json' || file.endsWith('/package.json')) {
      try {
        text = Object.values((JSON.parse(text) as { scripts?: Record<string, string> }).scripts ?? {}).join('\n');
      } catch {
        continue;
      }
    }
    texts.push([file, text]);
  }
  const cache = new Map<string, string | undefined>();
  const search = (pattern: RegExp): string | undefined => texts.find(([, text]) => pattern.test(text))?.[0];
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    word(name) {
      if (!cache.has(name)) cache.set(name, search(new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`)));
      return cache.get(name);
    },
    file(path) {
      const stem = path.replace(/\.[cm]?[jt]sx?$/, '');
      for (const [file, text] of texts) {
        const dir = posix.dirname(file);
        const fromDir = dir === '.' ? stem : posix.relative(dir, stem);
        for (const candidate of new Set([stem, fromDir])) {
          if (new RegExp(`(?<![\\w$.-])(?:\\./)?${escape(candidate)}(?:\\.[cm]?[jt]sx?)?(?![\\w$-])`).test(text))
            return file;
        }
        // a directory named as a path (`"template": "support/jsdoc/theme"`): a tool loads what it holds
        const parent = posix.dirname(path);
        if (parent.includes('/') && new RegExp(`(?<![\\w$.-])(?:\\./)?${escape(parent)}/?(?![\\w$.-])`).test(text))
          return file;
        // `$(SCRIPTS)/sync-es-package.js`: the base name with its extension
        if (new RegExp(`(?<![\\w$.-])${escape(posix.basename(path))}(?![\\w$-])`).test(text)) return file;
      }
      return undefined;
    },
  };
}
