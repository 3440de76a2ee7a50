import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  DEFAULT_STYLES,
  conforms,
  isForbiddenName,
  suggestName,
  toStyle,
  type CaseStyle,
  type InferredStyle,
  type NameKind,
  type NamingOptions,
} from '@upkeep/eslint-plugin/naming';
import { InputError } from '@upkeep/analyzer';
import { ts, type TsProject } from '../runner/engine.js';
import { inScope } from '../runner/files.js';
import type { Codemod, CodemodContext, CodemodPlan, EditGroup, FileChange, Skip } from '../runner/types.js';
import { collectCandidates, type Candidate } from './candidates.js';
import { findConstructors, heldFunction } from './constructors.js';
import { EditSet } from './edits.js';
import { judgedKind, styleBreaks, stylesByFile, type FileStyles, type StyleSettings } from './file-styles.js';
import { projectFormatter, type ProjectFormatter } from './format.js';
import { findPublicApi } from './entry-points.js';
import { FileFacts, localRenameLocations, withValidAffixes, withinOwnFile } from './local-references.js';
import { SearchScope } from './search-scope.js';
import { DEFAULT_RENAME_KINDS, renameKindOf, type RenameKind } from './kinds.js';
import { buildProjectIndex } from './project-index.js';
import {
  checkLocations,
  checkSymbol,
  isModuleFile,
  linkedPropertyReads,
  type SafetyContext,
  type Verdict,
} from './safety.js';

export { RENAME_KINDS, DEFAULT_RENAME_KINDS, type RenameKind } from './kinds.js';
export type { SkipReason } from './safety.js';

export interface RenameOptions {
  /** the style of variables, functions, parameters, methods and properties (default camelCase) */
  convention?: CaseStyle;
  /** kinds of names to rename (default: all but property) */
  kinds?: readonly RenameKind[];
  /** explicit renames, old → new; when given, only these names are renamed */
  map?: ReadonlyMap<string, string>;
  /** also rename names exported from package.json entry points */
  includePublicApi?: boolean;
  /** the rest of the convention, as configured for the identifier-naming rule */
  naming?: NamingOptions;
  /** format each changed file with the project's formatter (Prettier, or Biome/dprint from its scripts) when it followed it before */
  formatChanged?: boolean;
}

/** One rename done, for the summary and `--format json`. */
export interface Renamed {
  path: string;
  line: number;
  kind: NameKind;
  from: string;
  to: string;
  references: number;
  files: number;
}

export interface RenameDetails {
  renamed: Renamed[];
  skipped: Record<string, number>;
  /**
   * per file (root-relative path), the style each kind keeps in that file where it differs from the
   * default, and how many names of several words showed it (files that keep none are left out)
   */
  inferred: Record<string, Partial<Record<NameKind, InferredStyle>>>;
}

/** The `rename` codemod: renames names to the convention (or by `--map`) through the TypeScript language service. */
export function renameCodemod(options: RenameOptions = {}): Codemod {
  validateMap(options.map);
  return { id: 'rename', plan: (context) => planRenames(context, options) };
}

/** The project as the planning steps see it: its program, its files, and what the safety checks look up. */
interface Workspace {
  context: CodemodContext;
  project: TsProject;
  program: ts.Program;
  checker: ts.TypeChecker;
  service: ts.LanguageService;
  /** score's file set (root-relative): committed bundles, build output and vendored code are not the project's to rename */
  modelFiles: Set<string>;
  ownFiles: ts.SourceFile[];
  /** own files inside the paths asked for and in score's file set */
  scoped: Set<ts.SourceFile>;
  unparsable: Set<string>;
  /** score's modules the TypeScript program does not include */
  unseen: string[];
  text(fileName: string): string;
}

/** A rename that passed every check: its edit group and the places it edits. */
interface PlannedRename {
  group: EditGroup;
  locations: ts.RenameLocation[];
  newName: string;
}

async function planRenames(context: CodemodContext, options: RenameOptions): Promise<CodemodPlan> {
  const ws = await openWorkspace(context);
  const skips: Skip[] = notInProjectSkips(ws);
  const ctx = safetyContext(ws, options);
  const constructors = findConstructors(ws.ownFiles, ws.checker);
  // every declared name of the project's files; each file's names are judged by the styles that file keeps
  const seen = new Set<ts.Symbol>();
  const declared = ws.ownFiles
    .filter((file) => ws.modelFiles.has(ws.project.relativePath(file.fileName)) && !ws.unparsable.has(file.fileName))
    .map((file) => ({
      file,
      found: collectCandidates(file, ws.checker, seen, constructors, findConstructors([file], ws.checker)),
    }));
  const settings: StyleSettings = {
    convention: options.convention,
    naming: options.naming,
    explicit: options.map !== undefined,
  };
  const styles = stylesByFile(declared, settings);
  const candidates = chooseCandidates(ws, declared, options, styles, skips);
  const bySymbol = new Map(declared.flatMap(({ found }) => found.map((c) => [c.symbol, c] as const)));
  const plannedAll = planEach(ws, ctx, candidates, bySymbol, skips);
  // a rename never makes identifier-naming report a name it did not report (forced styles and --map aside)
  const kept =
    options.map || options.convention ? plannedAll : keepFileStyles(ws, declared, plannedAll, settings, skips);
  const inferred: RenameDetails['inferred'] = {};
  for (const [file, { inferred: kinds }] of styles)
    if (Object.keys(kinds).length > 0 && ws.scoped.has(file)) inferred[ws.project.relativePath(file.fileName)] = kinds;
  return assemblePlan(ws, options, { ...kept, skips, inferred });
}

/** Drops the renames that would break the style a file keeps (see styleBreaks), each as a `file-style` skip. */
function keepFileStyles(
  ws: Workspace,
  declared: readonly { file: ts.SourceFile; found: Candidate[] }[],
  planned: { edits: EditSet; planned: PlannedRename[]; renamed: Renamed[] },
  settings: StyleSettings,
  skips: Skip[],
): { edits: EditSet; planned: PlannedRename[]; renamed: Renamed[] } {
  const breaks = styleBreaks(
    declared,
    planned.planned.map((p) => ({ id: p.group.id, locations: p.locations, newName: p.newName })),
    settings,
    (fileName) => ws.project.relativePath(fileName),
  );
  if (breaks.size === 0) return planned;
  const edits = new EditSet();
  const keptPlanned: PlannedRename[] = [];
  const keptRenamed: Renamed[] = [];
  for (const [index, rename] of planned.planned.entries()) {
    const done = planned.renamed[index]!;
    const detail = breaks.get(rename.group.id);
    if (detail !== undefined) {
      skips.push({
        subject: `${done.from} → ${done.to}`,
        path: done.path,
        line: done.line,
        reason: 'file-style',
        detail,
      });
      continue;
    }
    edits.tryAdd(rename.locations, rename.newName, ws.text);
    keptPlanned.push(rename);
    keptRenamed.push(done);
  }
  return { edits, planned: keptPlanned, renamed: keptRenamed };
}

async function openWorkspace(context: CodemodContext): Promise<Workspace> {
  const project = await context.project();
  const program = project.program();
  const allModules = context.model.files;
  const modelFiles = new Set(allModules);
  const ownFiles = project
    .ownFiles()
    .map((name) => program.getSourceFile(name))
    .filter((file): file is ts.SourceFile => file !== undefined);
  const scoped = ownFiles.filter(
    (file) =>
      inScope(project.relativePath(file.fileName), context.paths) &&
      modelFiles.has(project.relativePath(file.fileName)),
  );
  const unparsable = new Set(
    ownFiles.filter((file) => program.getSyntacticDiagnostics(file).length > 0).map((file) => file.fileName),
  );
  const programFiles = new Set(ownFiles.map((file) => project.relativePath(file.fileName)));
  return {
    context,
    project,
    program,
    checker: program.getTypeChecker(),
    service: project.languageService(),
    modelFiles,
    ownFiles,
    scoped: new Set(scoped),
    unparsable,
    unseen: allModules.filter((path) => !programFiles.has(path) && !path.endsWith('.d.ts')),
    text: (fileName) => program.getSourceFile(fileName)?.text ?? readFileSync(fileName, 'utf8'),
  };
}

/** Score's modules in the paths asked for that the TypeScript program leaves out: named, not renamed. */
function notInProjectSkips(ws: Workspace): Skip[] {
  return ws.unseen
    .filter((path) => inScope(path, ws.context.paths))
    .map((path) => ({
      subject: path,
      path,
      line: 1,
      reason: 'not-in-project',
      detail: ws.project.configFile
        ? 'not included by tsconfig.json (enable allowJs or add it to "include")'
        : 'not part of the project',
    }));
}

function safetyContext(ws: Workspace, options: RenameOptions): SafetyContext {
  const { project, program, checker, context } = ws;
  return {
    project,
    program,
    checker,
    index: buildProjectIndex(ws.ownFiles, checker, context.root, [
      ...ws.unseen,
      ...[...ws.unparsable].map((f) => project.relativePath(f)),
    ]),
    api: findPublicApi(context.root, allPackageJsons(context.root), program),
    includePublicApi: options.includePublicApi === true,
    unparsable: ws.unparsable,
    importedFiles: importedFiles(ws.ownFiles, checker),
    symbolAt: rememberSymbols(checker),
  };
}

/** The names of the asked kinds in the scoped files that the convention (or `--map`) would change, with their new names. */
function chooseCandidates(
  ws: Workspace,
  declared: readonly { file: ts.SourceFile; found: Candidate[] }[],
  options: RenameOptions,
  styles: ReadonlyMap<ts.SourceFile, FileStyles>,
  skips: Skip[],
): { candidate: Candidate; newName: string }[] {
  const kinds = new Set<RenameKind>(
    options.kinds ?? (options.map ? [...DEFAULT_RENAME_KINDS, 'property'] : DEFAULT_RENAME_KINDS),
  );
  const candidates: { candidate: Candidate; newName: string }[] = [];
  const mapped = new Set<string>();
  for (const { file, found } of declared) {
    if (!ws.scoped.has(file)) continue;
    const { naming } = styles.get(file)!;
    for (const candidate of found) {
      const reported =
        !options.map &&
        candidate.ruleKind !== undefined &&
        !conforms(candidate.oldName, candidate.ruleKind, { moduleLevelConst: candidate.moduleLevelConst }, naming);
      if (!kinds.has(renameKindOf(candidate.kind))) {
        // a name the score reports is never left without a reason
        if (reported)
          skips.push({
            subject: `${candidate.oldName} → ${suggestName(candidate.oldName, judgedKind(candidate), { moduleLevelConst: candidate.moduleLevelConst }, naming) ?? '?'}`,
            path: ws.project.relativePath(candidate.file.fileName),
            line: lineOf(candidate),
            reason: 'kind-not-asked',
            detail: `a ${candidate.kind} name: not among the kinds asked (--kinds ${[...kinds].join(',')}); add ${renameKindOf(candidate.kind)} to rename it`,
          });
        continue;
      }
      // `import { do_thing } from './x'` keeps the exporter's name: judged, and renamed, where it is declared
      if (!options.map && candidate.role === 'import' && candidate.ruleKind === undefined) continue;
      const newName = targetName(candidate, options.map, naming);
      if ((newName === undefined || newName === candidate.oldName) && reported) {
        skips.push({
          subject: candidate.oldName,
          path: ws.project.relativePath(candidate.file.fileName),
          line: lineOf(candidate),
          reason: 'invalid-name',
          detail: `no name in its style can be derived from it (${judgedKind(candidate)} names here are ${naming.styles?.[judgedKind(candidate)] ?? DEFAULT_STYLES[judgedKind(candidate)]})`,
        });
        continue;
      }
      if (newName === undefined || newName === candidate.oldName) continue;
      if (typeof newName !== 'string') {
        skips.push({
          subject: `${candidate.oldName} → ${newName.name}`,
          path: ws.project.relativePath(candidate.file.fileName),
          line: lineOf(candidate),
          reason: 'invalid-name',
          detail: `\`${newName.name}\` is a reserved word or a name a ${candidate.kind} must not have`,
        });
        continue;
      }
      if (options.map?.has(candidate.oldName)) mapped.add(candidate.oldName);
      candidates.push({ candidate, newName });
    }
  }
  for (const old of options.map?.keys() ?? []) {
    const { paths } = ws.context;
    if (!mapped.has(old))
      throw new InputError(
        `--map ${old}=${options.map!.get(old)}: no ${[...kinds].join('/')} named ${old} in ${paths.length ? paths.join(', ') : 'the project'}`,
      );
  }
  return candidates;
}

/** Each candidate in turn: checked, located, and added to the edit set unless it clashes with one planned before. */
function planEach(
  ws: Workspace,
  ctx: SafetyContext,
  candidates: readonly { candidate: Candidate; newName: string }[],
  bySymbol: ReadonlyMap<ts.Symbol, Candidate>,
  skips: Skip[],
): { edits: EditSet; planned: PlannedRename[]; renamed: Renamed[] } {
  const edits = new EditSet();
  const planned: PlannedRename[] = [];
  const renamed: Renamed[] = [];
  const fileFacts = new FileFacts();
  const locator: Locator = { ws, ctx, fileFacts, scope: new SearchScope(ws.checker, ws.program, fileFacts) };
  // a function's own name that follows its property: skipped unless the property was renamed with it
  const heldSkips = new Map<ts.Symbol, Skip>();
  const carriedNames = new Set<ts.Symbol>();
  for (const [done, { candidate, newName }] of candidates.entries()) {
    ws.context.onProgress('planning renames', done, candidates.length);
    const outcome = planOne(locator, candidate, newName, bySymbol);
    const path = ws.project.relativePath(candidate.file.fileName);
    const line = lineOf(candidate);
    const subject = `${candidate.oldName} → ${newName}`;
    if ('reason' in outcome) {
      const skip = { subject, path, line, reason: outcome.reason, detail: outcome.detail };
      if (candidate.holder) heldSkips.set(candidate.symbol, skip);
      else skips.push(skip);
      continue;
    }
    const { locations, carried } = outcome;
    const privateName = candidate.node.kind === ts.SyntaxKind.PrivateIdentifier;
    const written = privateName ? `#${newName.replace(/^#/, '')}` : newName;
    if (!edits.tryAdd(locations, written, ws.text)) {
      skips.push({
        subject,
        path,
        line,
        reason: 'collision',
        detail: 'another rename planned for the same place gives it a different name',
      });
      continue;
    }
    const files = [...new Set(locations.map((l) => ws.project.relativePath(l.fileName)))];
    planned.push({
      group: {
        id: `rename:${path}@${candidate.node.getStart()}:${candidate.oldName}`,
        label: `${subject} (${path}:${line})`,
        kind: 'rename',
        files,
        declaration: { path, line },
      },
      locations,
      newName: written,
    });
    if (carried) carriedNames.add(carried.symbol);
    renamed.push({
      path,
      line,
      kind: candidate.kind,
      from: candidate.oldName,
      to: newName,
      references: locations.length,
      files: files.length,
    });
  }
  for (const [symbol, skip] of heldSkips) if (!carriedNames.has(symbol)) skips.push(skip);
  ws.context.onProgress('planning renames', candidates.length, candidates.length);
  return { edits, planned, renamed };
}

interface Locator {
  ws: Workspace;
  ctx: SafetyContext;
  fileFacts: FileFacts;
  scope: SearchScope;
}

/**
 * One candidate: the places to edit, or why it is skipped. A named function expression whose name
 * is the name it is assigned to (`{ get_x: function get_x() {} }`) is renamed only with that
 * property or variable, so that the function's `.name` keeps matching it.
 */
function planOne(
  locator: Locator,
  candidate: Candidate,
  newName: string,
  bySymbol: ReadonlyMap<ts.Symbol, Candidate>,
): { locations: ts.RenameLocation[]; carried?: Candidate } | Verdict {
  if (candidate.holder) {
    const holderLine = candidate.file.getLineAndCharacterOfPosition(candidate.holder.getStart()).line + 1;
    return {
      reason: 'name-matches-property',
      detail: `the function's \`.name\` is the name it is assigned to at line ${holderLine}; it is renamed only with that name`,
    };
  }
  const located = locateChecked(locator, candidate, newName);
  if ('reason' in located) return located;
  const fn = heldFunction(candidate.node.parent);
  const own =
    fn?.name?.text === candidate.oldName ? bySymbol.get(locator.ws.checker.getSymbolAtLocation(fn.name)!) : undefined;
  if (!own) return located;
  // `get_x: function get_x()`: the function's own name follows, or neither is renamed
  const follows = locateChecked(locator, own, newName);
  if ('reason' in follows)
    return {
      reason: 'name-matches-property',
      detail: `the function assigned to it is named ${candidate.oldName} too and cannot follow (${follows.reason}: ${follows.detail})`,
    };
  return { locations: [...located.locations, ...follows.locations], carried: own };
}

/** The candidate's rename locations after every safety check, or the verdict of the first that fails. */
function locateChecked(
  { ws, ctx, fileFacts, scope }: Locator,
  candidate: Candidate,
  newName: string,
): { locations: ts.RenameLocation[] } | Verdict {
  const position = candidate.node.getStart();
  const info = ws.service.getRenameInfo(candidate.file.fileName, position, { allowRenameOfImportPath: false });
  if (!info.canRename) return { reason: 'refused', detail: info.localizedErrorMessage };
  const early = checkSymbol(candidate, ctx);
  if (early) return early;
  const found =
    shorthandExport(candidate, ctx) ??
    localRenameLocations(candidate, ws.checker, fileFacts) ??
    withinOwnFile(
      candidate,
      withValidAffixes(
        ws.project.findRenameLocations(candidate.file.fileName, position, scope.filesFor(candidate)) ?? [],
        ws.program,
      ),
    );
  const locations = found
    ? ownedLocations(candidate, [...found, ...linkedPropertyReads(candidate, found, ctx)], ws.checker)
    : undefined;
  if (!locations || locations.length === 0)
    return { reason: 'refused', detail: 'the language service found no references to rename' };
  const outside = locations.find((l) => !ws.modelFiles.has(ws.project.relativePath(l.fileName)));
  if (outside)
    return {
      reason: 'declaration-file',
      detail: `also used in ${ws.project.relativePath(outside.fileName)}, which is not one of the project's source files (build output, a bundle or vendored code)`,
    };
  return checkLocations(candidate, newName, locations, ctx) ?? { locations };
}

/** The plan the runner verifies: all changes, one group per rename (so one bad rename can be dropped), summary and details. */
async function assemblePlan(
  ws: Workspace,
  options: RenameOptions,
  result: {
    edits: EditSet;
    planned: PlannedRename[];
    renamed: Renamed[];
    skips: Skip[];
    inferred: RenameDetails['inferred'];
  },
): Promise<CodemodPlan> {
  const { edits, planned, renamed, skips, inferred } = result;
  const formatter = options.formatChanged ? await projectFormatter(ws.context.root) : undefined;
  const changesOf = async (set: EditSet): Promise<FileChange[]> =>
    Promise.all(
      set.files().map(async (fileName) => {
        const before = ws.text(fileName);
        const path = ws.project.relativePath(fileName);
        const renamedText = set.apply(fileName, before);
        return { path, before, after: formatter ? await formatter.format(path, renamedText, before) : renamedText };
      }),
    );
  const changes = await changesOf(edits);
  const changesFor = (kept: ReadonlySet<string>): Promise<FileChange[]> => {
    const subset = new EditSet();
    for (const rename of planned)
      if (kept.has(rename.group.id)) subset.tryAdd(rename.locations, rename.newName, ws.text);
    return changesOf(subset);
  };
  const skipped: Record<string, number> = {};
  for (const s of skips) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
  return {
    changes,
    groups: planned.map((rename) => rename.group),
    changesFor,
    skips,
    summary: [
      ...summaryLines(renamed, skipped, changes.length),
      ...inferredLines(inferred),
      ...formatLines(options.formatChanged === true, formatter),
    ],
    details: { renamed, skipped, inferred } satisfies RenameDetails,
    unparsable: [...ws.unparsable]
      .filter((f) => inScope(ws.project.relativePath(f), ws.context.paths))
      .map((f) => ws.project.relativePath(f)),
  };
}

function lineOf(candidate: Candidate): number {
  return candidate.file.getLineAndCharacterOfPosition(candidate.node.getStart()).line + 1;
}

/**
 * `module.exports = { f }`: the language service renames the variable at that spot, so the
 * exported name's places are the shorthand (its left side) and the reads the checker links to it.
 */
function shorthandExport(candidate: Candidate, ctx: SafetyContext): ts.RenameLocation[] | undefined {
  const shorthand = candidate.node.parent;
  if (candidate.role !== 'export' || !ts.isShorthandPropertyAssignment(shorthand)) return undefined;
  const reads = (ctx.index.identifiers.get(candidate.oldName) ?? []).filter(
    (node) =>
      ts.isPropertyAccessExpression(node.parent) &&
      node.parent.name === node &&
      ctx.symbolAt(node)?.declarations?.includes(shorthand),
  );
  const at = (node: ts.Node): ts.TextSpan => ({ start: node.getStart(), length: node.getWidth() });
  return [
    { fileName: candidate.file.fileName, textSpan: at(candidate.node), suffixText: `: ${candidate.oldName}` },
    ...reads.map((node) => ({ fileName: node.getSourceFile().fileName, textSpan: at(node) })),
  ];
}

/**
 * A name the module does not export itself (`function f` behind `exports.f = f`) stays in its
 * file: the language service follows the CommonJS export into importers, but the exported name
 * is a candidate of its own, renamed (or skipped) on its own merits.
 */
function ownedLocations(
  candidate: Candidate,
  locations: ts.RenameLocation[],
  checker: ts.TypeChecker,
): ts.RenameLocation[] {
  if (candidate.role !== 'module' && candidate.role !== 'local') return locations;
  // a script's top-level names are global: the other scripts' reads are the same name
  if (candidate.role === 'module' && !isModuleFile(candidate.file)) return locations;
  const moduleSymbol = checker.getSymbolAtLocation(candidate.file);
  if (moduleSymbol && checker.getExportsOfModule(moduleSymbol).includes(candidate.symbol)) return locations;
  return locations.filter((location) => location.fileName === candidate.file.fileName);
}

/** The new name, nothing to do, or a forbidden name the convention would give (skipped as `invalid-name`). */
function targetName(
  candidate: Candidate,
  map: ReadonlyMap<string, string> | undefined,
  naming: NamingOptions,
): string | { name: string } | undefined {
  if (map) {
    const mapped = map.get(candidate.oldName);
    return mapped !== undefined && isForbiddenName(mapped, candidate.kind) ? { name: mapped } : mapped;
  }
  const isPrivate = candidate.oldName.startsWith('#');
  const name = isPrivate ? candidate.oldName.slice(1) : candidate.oldName;
  const kind = judgedKind(candidate);
  const context = { moduleLevelConst: candidate.moduleLevelConst };
  if (conforms(name, kind, context, naming)) return undefined;
  const suggested = suggestName(name, kind, context, naming);
  if (suggested === undefined) {
    const styled = toStyle(name, naming.styles?.[kind] ?? DEFAULT_STYLES[kind]);
    return styled !== name && isForbiddenName(styled, kind) ? { name: styled } : undefined;
  }
  if (!isIdentifierName(suggested)) return undefined;
  return isPrivate ? `#${suggested}` : suggested;
}

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval undefined NaN Infinity'.split(
    ' ',
  ),
);

/** Whether a name is a JavaScript identifier (Unicode letters included). */
function isIdentifierName(name: string): boolean {
  const points = [...name].map((ch) => ch.codePointAt(0)!);
  return (
    points.length > 0 &&
    ts.isIdentifierStart(points[0]!, ts.ScriptTarget.ESNext) &&
    points.slice(1).every((p) => ts.isIdentifierPart(p, ts.ScriptTarget.ESNext))
  );
}

/** `--map` names must be identifiers, and no two old names may become one. */
function validateMap(map: ReadonlyMap<string, string> | undefined): void {
  if (!map) return;
  const targets = new Map<string, string>();
  for (const [from, to] of map) {
    for (const name of [from, to]) {
      if (!isIdentifierName(name.replace(/^#/, '')) || RESERVED.has(name)) {
        throw new InputError(`--map ${from}=${to}: "${name}" is not a valid identifier name`);
      }
    }
    const other = targets.get(to);
    if (other !== undefined) throw new InputError(`--map: ${other} and ${from} would both become ${to}`);
    targets.set(to, from);
  }
}

function rememberSymbols(checker: ts.TypeChecker): (node: ts.Node) => ts.Symbol | undefined {
  const known = new Map<ts.Node, ts.Symbol | undefined>();
  return (node) => {
    if (known.has(node)) return known.get(node);
    const symbol = checker.getSymbolAtLocation(node);
    known.set(node, symbol);
    return symbol;
  };
}

/** Files that some file of the project imports, requires or re-exports by a static path. */
function importedFiles(files: readonly ts.SourceFile[], checker: ts.TypeChecker): Set<string> {
  const out = new Set<string>();
  const note = (specifier: ts.Node): void => {
    const target = checker.getSymbolAtLocation(specifier)?.declarations?.find(ts.isSourceFile);
    if (target) out.add(target.fileName);
  };
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
        note(node.moduleSpecifier);
      else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0]!)) {
        const callee = node.expression;
        if ((ts.isIdentifier(callee) && callee.text === 'require') || callee.kind === ts.SyntaxKind.ImportKeyword)
          note(node.arguments[0]!);
      } else if (ts.isImportTypeNode(node) || ts.isExternalModuleReference(node)) {
        const argument = ts.isImportTypeNode(node) ? node.argument : node.expression;
        if (ts.isLiteralTypeNode(argument)) note(argument.literal);
        else note(argument);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return out;
}

/** package.json files of the project (git's list, else the root's): their entry points are public. */
function allPackageJsons(root: string): string[] {
  try {
    const listed = execFileSync(
      'git',
      ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', 'package.json', '**/package.json'],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    )
      .split('\0')
      .filter((path) => path && !path.split('/').includes('node_modules'));
    return listed.length > 0 ? listed : ['package.json'];
  } catch {
    return ['package.json'];
  }
}

function formatLines(asked: boolean, formatter: ProjectFormatter | undefined): string[] {
  if (!asked) return [];
  return [
    formatter
      ? `changed files formatted with ${formatter.name} (files it did not format before are left as renamed)`
      : '--format-changed: no formatter found (prettier installed, or biome/dprint in a package.json script); changed files are not formatted',
  ];
}

/** One line per kind and style that some files keep: how many files, and the first few. */
function inferredLines(inferred: RenameDetails['inferred']): string[] {
  const byStyle = new Map<string, string[]>();
  for (const [path, kinds] of Object.entries(inferred))
    for (const [kind, { style }] of Object.entries(kinds)) {
      const key = `${kind} names in ${style}`;
      byStyle.set(key, [...(byStyle.get(key) ?? []), path]);
    }
  return [...byStyle.entries()].map(([key, paths]) => {
    const shown = paths.slice(0, 3).join(', ') + (paths.length > 3 ? `, … ${paths.length - 3} more` : '');
    return `${paths.length} file(s) write ${key} consistently (${shown}): judged by that style; --convention or the naming configuration overrides it`;
  });
}

function summaryLines(renamed: readonly Renamed[], skipped: Record<string, number>, files: number): string[] {
  const skipTotal = Object.values(skipped).reduce((a, b) => a + b, 0);
  const reasons = Object.entries(skipped)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, count]) => `${count} ${reason}`)
    .join(', ');
  const lines = [
    `renamed ${renamed.length} name(s) in ${files} file(s); skipped ${skipTotal}${skipTotal ? ` (${reasons})` : ''}`,
  ];
  for (const r of renamed)
    lines.push(
      `  ${r.path}:${r.line} ${r.kind} ${r.from} → ${r.to} (${r.references} reference(s) in ${r.files} file(s))`,
    );
  return lines;
}
