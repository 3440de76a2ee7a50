// Unused exports and unreachable files, from the module graph.
import { ts } from '../runner/engine.js';
import { expressionStatement } from './edits.js';
import type { Graph, KeptFile } from './graph.js';
import { keepOf } from './keep.js';
import type { ExportItem, ModuleInfo } from './module-info.js';
import { isPureDeclaration } from './purity.js';
import type { Round } from './round.js';

export interface ModuleFindingsInput {
  graph: Graph;
  modules: ReadonlyMap<string, ModuleInfo>;
  entries: ReadonlySet<string>;
  unparsable: ReadonlySet<string>;
  /** finds whether a non-code file mentions a name (returns the file that does) */
  mentions(word: string): string | undefined;
  /** why the entry points of the file's package are unclear (then its exports and files stay) */
  entriesUnclear(relativePath: string): string | undefined;
}

/** What names a file outside code and in code's strings (each returns the file that does). */
export interface FileNamers {
  mentionsFile(relativePath: string): string | undefined;
  /** a code file whose string literals name the file (by path or base name), other than the file itself */
  namedInCode(relativePath: string): string | undefined;
}

export function findModuleDeadCode(round: Round, input: ModuleFindingsInput): void {
  const { graph } = input;
  for (const [file, info] of input.modules) {
    if (/\.d\.[cm]?ts$/.test(file) || input.unparsable.has(file) || !round.editable(file)) continue;
    const path = round.relativePath(file);
    const unclear = input.entriesUnclear(path);
    if (unclear) {
      if (!graph.reached.has(file) && round.wants('files'))
        round.kept({ kind: 'files', name: path, path, line: 1, reason: 'entries-unclear', detail: unclear });
      continue;
    }
    if (!graph.reached.has(file) || graph.keptUnreached.has(file)) {
      unreachableFile(round, input, file, path);
      continue;
    }
    if (graph.reachedDynamically.has(file) && round.wants('files') && !input.entries.has(file)) {
      round.kept({
        kind: 'files',
        name: path,
        path,
        line: 1,
        reason: graph.reachedByLoad.has(file) ? 'dynamic-load' : 'dynamic-import',
        detail: graph.reachedDynamically.get(file)!,
      });
    }
    if (!round.wants('exports') || input.entries.has(file) || info.opaque) continue;
    const used = graph.used.get(file);
    if (used === 'all') {
      const because = graph.allBecause.get(file);
      if (because?.startsWith('reflection: ')) {
        // kept only because some file uses the module as a whole: say so for each export nothing names
        const named = graph.named.get(file);
        for (const item of info.exports) {
          if (named?.has(item.name) || !round.editable(file)) continue;
          round.kept({
            kind: 'exports',
            name: item.name,
            path,
            line: item.line,
            reason: 'reflection',
            detail: `${because.slice('reflection: '.length)} uses the module as a whole (namespace passed as a value, computed access, spread, Object.keys)`,
          });
        }
      }
      continue;
    }
    const source = round.program.getSourceFile(file);
    if (!source) continue;
    const withoutUnparsable = graph.usedWithoutUnparsable.get(file);
    for (const item of info.exports) {
      if (used?.has(item.name)) {
        if (withoutUnparsable !== 'all' && !withoutUnparsable?.has(item.name)) {
          round.kept({
            kind: 'exports',
            name: item.name,
            path,
            line: item.line,
            reason: 'unparsable-user',
            detail: `used by ${used.get(item.name)}, which does not parse`,
          });
        }
        continue;
      }
      unusedExport(round, input, source, item, info);
    }
  }
}

/**
 * Why a file no entry reaches is kept all the same: a non-code file (a page, a Makefile) or a string
 * in code names it, or its header marks it; `undefined` when nothing does. The graph makes these
 * files roots of its reach (`keptUnreached`), so what they import is kept too.
 */
export function keptUnreachedFile(input: FileNamers, path: string, text: string): KeptFile | undefined {
  const mention = input.mentionsFile(path);
  if (mention) return { reason: 'non-code-mention', detail: `mentioned in ${mention}` };
  const namer = input.namedInCode(path);
  if (namer) return { reason: 'named-in-code', detail: `a string in ${namer} names it` };
  if (/upkeep-keep\b|@public\b/.test(text.slice(0, 400)))
    return { reason: 'marked-keep', detail: 'marked in its header comment' };
  return undefined;
}

function unreachableFile(round: Round, input: ModuleFindingsInput, file: string, path: string): void {
  if (!round.wants('files')) return;
  const kept = input.graph.keptUnreached.get(file);
  if (kept) {
    round.kept({ kind: 'files', name: path, path, line: 1, ...kept });
    return;
  }
  const source = round.program.getSourceFile(file);
  if (!round.found({ kind: 'files', name: path, path, line: 1, column: 1, action: 'delete-file' }, source)) return;
  round.deleteFile(file);
}

function unusedExport(
  round: Round,
  input: ModuleFindingsInput,
  file: ts.SourceFile,
  item: ExportItem,
  info: ModuleInfo,
): void {
  const path = round.relativePath(file.fileName);
  const keep = keepOf(item.node, file) ?? keepOfExportedValue(item, file);
  const mention = keep ? undefined : input.mentions(item.name);
  if (keep || mention) {
    round.kept({
      kind: 'exports',
      name: item.name,
      path,
      line: item.line,
      reason: keep?.reason ?? 'non-code-mention',
      detail: keep?.detail ?? `mentioned in ${mention}`,
    });
    return;
  }
  const editor = round.editor(file);
  const found = (action: 'remove' | 'unexport' | 'keep-initializer'): boolean =>
    round.found({ kind: 'exports', name: item.name, path, line: item.line, column: item.column, action }, item.node);
  const node = item.node;
  switch (item.form) {
    case 'declaration': {
      // a variable statement exporting several names changes only when none of them is imported
      const siblings = info.exports.filter((other) => other.node === node);
      if (
        siblings.length > 1 &&
        siblings.some(
          (other) =>
            input.graph.used.get(file.fileName) instanceof Map &&
            (input.graph.used.get(file.fileName) as Map<string, string>).has(other.name),
        )
      )
        return;
      if (siblings.length > 1 && siblings[0] !== item) return;
      const usedLocally = siblings.some((other) => usedInFile(file, other.name, node));
      if (usedLocally || !removableDeclaration(node)) {
        if (!found('unexport')) return;
        editor.removeExportKeyword(node);
      } else {
        if (
          !found(
            ts.isVariableStatement(node) &&
              node.declarationList.declarations.some(
                (d) => d.initializer && round.effects.expressionHasEffects(d.initializer),
              )
              ? 'keep-initializer'
              : 'remove',
          )
        )
          return;
        if (ts.isVariableStatement(node))
          for (const declaration of node.declarationList.declarations) editor.removeVariable(declaration);
        else editor.removeStatement(node);
      }
      return;
    }
    case 'specifier':
    case 'reexport': {
      const clause = node.parent as ts.NamedExports | ts.ExportDeclaration;
      if (!found('remove')) return;
      if (ts.isExportSpecifier(node) && ts.isNamedExports(clause))
        editor.removeListElement(clause.elements, node, () => editor.removeStatement(clause.parent));
      else editor.removeStatement(node);
      return;
    }
    case 'default': {
      const expression = (node as ts.ExportAssignment).expression;
      if (round.effects.expressionHasEffects(expression)) return;
      if (!found('remove')) return;
      editor.removeStatement(node);
      return;
    }
    case 'cjs-property': {
      const literal = node.parent as ts.ObjectLiteralExpression;
      if (!found('remove')) return;
      editor.removeListElement(literal.properties, node, () =>
        editor.replaceRange(literal.getStart(file), literal.getEnd(), '{}'),
      );
      return;
    }
    case 'cjs-assignment': {
      const assignment = (node as ts.ExpressionStatement).expression as ts.BinaryExpression;
      if (usedInFile(file, item.name, node, true)) return;
      if (!round.effects.expressionHasEffects(assignment.right)) {
        if (!found('remove')) return;
        editor.removeStatement(node);
      } else {
        if (!found('keep-initializer')) return;
        editor.replaceStatement(node, expressionStatement(assignment.right.getText(file)));
      }
      return;
    }
  }
}

function removableDeclaration(node: ts.Node): boolean {
  if (ts.isVariableStatement(node)) return true;
  return isPureDeclaration(node);
}

/**
 * Whether the name occurs in the file outside the declaration (a superset of real uses, since
 * shadowing is ignored: at worst the export keyword goes and the local stays for the next round).
 */
function usedInFile(file: ts.SourceFile, name: string, declaration: ts.Node, asProperty = false): boolean {
  let used = false;
  const visit = (node: ts.Node): void => {
    if (used || node === declaration) return;
    if (ts.isIdentifier(node) && node.text === name) {
      const parent = node.parent;
      const isPropertyName = ts.isPropertyAccessExpression(parent) && parent.name === node;
      if (asProperty ? isPropertyName : !isPropertyName && !(ts.isPropertyAssignment(parent) && parent.name === node))
        used = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return used;
}

/** `module.exports = { f: f }` where the function `f` itself is marked to keep. */
function keepOfExportedValue(item: ExportItem, file: ts.SourceFile): ReturnType<typeof keepOf> {
  const node = item.node;
  const value = ts.isPropertyAssignment(node)
    ? node.initializer
    : ts.isShorthandPropertyAssignment(node)
      ? node.name
      : undefined;
  if (!value || !ts.isIdentifier(value)) return undefined;
  const declaration = file.statements.find(
    (s) => (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name?.text === value.text,
  );
  return declaration ? keepOf(declaration, file) : undefined;
}
