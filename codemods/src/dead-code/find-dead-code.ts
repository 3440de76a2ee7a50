// Finds dead code project-wide and removes it in memory, round after round, until a round finds
// nothing more to remove (a removed function leaves its helpers and imports unused).
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { InputError, buildProjectModel } from '@upkeep/analyzer';
import { ts } from '../runner/engine.js';
import { FileEditor, applyEdits, effectiveEdits, type TextEdit } from './edits.js';
import { moduleEffects } from './effects.js';
import { findEntryPoints, type WorkspacePackage } from './entries.js';
import { buildGraph } from './graph.js';
import { PositionHistory } from './line-map.js';
import { findLocalDeadCode } from './locals.js';
import { readModuleInfo, type ModuleInfo } from './module-info.js';
import { findModuleDeadCode } from './modules.js';
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

export async function findDeadCode(options: DeadCodeOptions): Promise<DeadCodeResult> {
  const model = options.model ?? (await buildProjectModel(options.root));
  const project = openDeadCodeProject(options.root, model.allFiles);
  // codemods edit only score's modules (no minified, generated or over-size file), never a test fixture
  const editableFiles = new Set(options.editableFiles ?? model.files.filter((f) => !model.isFixture(f)));
  const only = new Set<DeadCodeKind>(options.only && options.only.length > 0 ? options.only : DEAD_CODE_KINDS);
  const scope = (options.paths ?? []).map((p) => p.replace(/^\.\/?/, '').replace(/\/$/, '')).filter((p) => p !== '');
  const inScope = (path: string): boolean =>
    scope.length === 0 || scope.some((p) => path === p || path.startsWith(`${p}/`));
  const originals = new Map<string, string>();
  const histories = new Map<string, PositionHistory>();
  const findings: DeadCodeFinding[] = [];
  const kept = new Map<string, KeptFinding>();
  const reported = new Set<string>();
  const removedTexts = new Map<string, string>();
  const internalErrors: Array<{ path: string; message: string }> = [];
  const unparsable = new Set<string>();
  const maxRounds = options.maxRounds ?? DEFAULT_MAX_ROUNDS;

  const relFiles = project.files().map((f) => project.relativePath(f));
  const codeFiles = new Set(relFiles.filter((f) => !/\.d\.[cm]?ts$/.test(f)));
  const entryPoints = findEntryPoints(model, codeFiles, [...configEntries(options.root), ...(options.entries ?? [])]);
  const entries = new Set(entryPoints.files.map((f) => join(options.root, f)));
  const mentions = mentionFinder(project);
  const entriesUnclear = unclearPackages(entryPoints.packages);
  for (const pkg of entryPoints.packages) {
    if (pkg.unclear)
      entryPoints.assumed.push(
        `${pkg.unclear}: its entry points are unclear, so only unused imports and locals are removed in ${pkg.dir === '' ? 'the root package' : pkg.dir} (list its source entry files in upkeep.config.json "entries")`,
      );
  }

  let changedLastRound: Set<string> | undefined;
  let rounds = 0;
  while (rounds < maxRounds) {
    rounds++;
    const program = project.program();
    const checker = program.getTypeChecker();
    const files = project.files().filter((f) => program.getSourceFile(f));
    const modules = new Map<string, ModuleInfo>();
    for (const file of files) {
      const source = program.getSourceFile(file)!;
      if (parseErrors(source) > 0) {
        // the next round parses what the last one edited: an edit must never break the syntax
        if (changedLastRound?.has(file)) throw unparsableAfterEdit(project, file);
        unparsable.add(file);
      }
      modules.set(file, readModuleInfo(source));
    }
    const graph = buildGraph({
      root: options.root,
      program,
      modules,
      entries: [...entries],
      unparsable,
      packages: entryPoints.packages,
      sourceOfBuiltPath: (path) => model.sourceOfBuiltPath(path),
    });
    const effects = moduleEffects(program, graph.targetOf);
    const editors = new Map<string, FileEditor>();
    const deletions = new Set<string>();
    const toOriginalLine = (path: string, line: number, column: number): { line: number; column: number } => {
      const file = join(options.root, path);
      const history = histories.get(file);
      if (!history) return { line, column };
      const current = program.getSourceFile(file)!;
      const position = history.original(current.getPositionOfLineAndCharacter(line - 1, column - 1));
      const original = ts.createSourceFile(file, originals.get(file)!, ts.ScriptTarget.Latest, false);
      const at = original.getLineAndCharacterOfPosition(position);
      return { line: at.line + 1, column: at.character + 1 };
    };
    const round: Round = {
      program,
      checker,
      relativePath: (f) => project.relativePath(f),
      editable: (f) =>
        !unparsable.has(f) &&
        !/\.d\.[cm]?ts$/.test(f) &&
        editableFiles.has(project.relativePath(f)) &&
        inScope(project.relativePath(f)),
      wants: (kind) => only.has(kind),
      removeParams: options.removeParams ?? false,
      editor: (source) =>
        editors.get(source.fileName) ??
        editors.set(source.fileName, new FileEditor(source, effects.expressionHasEffects)).get(source.fileName)!,
      effects,
      found(finding, node) {
        const at = toOriginalLine(finding.path, finding.line, finding.column);
        const id = `${finding.kind}:${finding.path}:${at.line}:${at.column}:${finding.name}`;
        if (finding.action !== 'report' && options.allow && !options.allow.has(id)) {
          round.kept({
            kind: finding.kind,
            name: finding.name,
            path: finding.path,
            line: finding.line,
            reason: 'isolated',
            detail: 'left in place: the verification of the change failed with its removal',
          });
          return false;
        }
        if (reported.has(id)) return true;
        reported.add(id);
        findings.push({ ...finding, ...at, id, round: rounds });
        removedTexts.set(id, node ? node.getText().slice(0, 20_000) : '');
        return true;
      },
      kept(item) {
        // the first round sees the original text, so its lines and details are the user's
        const key = `${item.kind}\0${item.path}\0${item.name}`;
        if (!kept.has(key)) kept.set(key, { ...item, line: toOriginalLine(item.path, item.line, 1).line });
      },
      deleteFile: (file) => deletions.add(file),
    };
    const localFiles = changedLastRound ?? new Set(files);
    const failed = new Set<string>();
    const dropFindings = (file: string): void => {
      const path = project.relativePath(file);
      for (let i = findings.length - 1; i >= 0; i--)
        if (findings[i]!.path === path && findings[i]!.round === rounds && findings[i]!.kind !== 'files')
          findings.splice(i, 1);
    };
    let done = 0;
    for (const file of files) {
      // a file no entry point reaches is deleted whole: checking its insides would only cost time
      if (localFiles.has(file) && round.editable(file) && (graph.reached.has(file) || !only.has('files'))) {
        try {
          findLocalDeadCode(round, program.getSourceFile(file)!);
        } catch (error) {
          // one file's failure drops that file's edits of the round, not the run
          internalErrors.push({ path: project.relativePath(file), message: (error as Error).message });
          failed.add(file);
          dropFindings(file);
        }
      }
      options.onProgress?.(`dead code, round ${rounds}`, ++done, files.length);
    }
    findModuleDeadCode(round, {
      graph,
      modules,
      entries,
      unparsable,
      mentions: mentions.word,
      mentionsFile: mentions.file,
      namedInCode: stringNamer(modules, (f) => project.relativePath(f)),
      entriesUnclear,
    });

    const changed = new Set<string>();
    for (const [file, editor] of editors) {
      if (deletions.has(file) || editor.isEmpty || failed.has(file)) continue;
      const before = project.text(file)!;
      let edits: TextEdit[];
      let after: string;
      try {
        edits = effectiveEdits(editor.edits());
        after = applyEdits(before, edits);
      } catch (error) {
        internalErrors.push({ path: project.relativePath(file), message: (error as Error).message });
        dropFindings(file);
        continue;
      }
      if (after === before) continue;
      if (!parses(file, after)) {
        // an edit must never break the syntax: this file's edits of the round are dropped, and said so
        internalErrors.push({
          path: project.relativePath(file),
          message:
            'removing dead code would leave the file unparsable; its edits were dropped (please report this with the file)',
        });
        dropFindings(file);
        continue;
      }
      if (!originals.has(file)) originals.set(file, before);
      (histories.get(file) ?? histories.set(file, new PositionHistory()).get(file)!).record(edits);
      project.setText(file, after);
      changed.add(file);
    }
    for (const file of deletions) {
      if (!originals.has(file)) originals.set(file, project.text(file)!);
      project.setText(file, null);
      entries.delete(file);
    }
    if (changed.size === 0 && deletions.size === 0) break;
    changedLastRound = changed;
  }

  const changes = new Map<string, { before: string; after: string | null }>();
  for (const [file, before] of originals) {
    const after = project.text(file) ?? null;
    if (after !== before) changes.set(project.relativePath(file), { before, after });
  }
  const reportedOnce = reportEachOnce(findings, kept);
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
    unparsable: [...unparsable].map((f) => project.relativePath(f)).sort(),
    entries: { files: entryPoints.files, assumed: entryPoints.assumed },
    rounds,
    counts,
    requires: dependencies(reportedOnce.findings, findings, removedTexts),
    internalErrors,
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
