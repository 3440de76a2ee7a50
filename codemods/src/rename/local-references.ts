import { ts } from '../runner/engine.js';
import type { Candidate } from './candidates.js';

/**
 * Rename locations of a name that cannot be reached from another file, found by one walk of its
 * own file with the type checker's symbols instead of a language-service search. The language
 * service's `findRenameLocations` builds an import map of the whole program on every call, which
 * made it the bulk of a project-wide rename; for a local the answer is in the file itself.
 *
 * Returns undefined whenever the walk could differ from the language service (the caller then
 * asks it): the name occurs in the text where no identifier of the syntax tree is (comments,
 * JSDoc, strings, escapes), in an import or export clause, or the symbol is also a member
 * (a constructor's parameter property) or declared in another file.
 */
export function localRenameLocations(
  candidate: Candidate,
  checker: ts.TypeChecker,
  cache: FileFacts,
): ts.RenameLocation[] | undefined {
  const { symbol, file, node, oldName, role } = candidate;
  if (role !== 'local' && role !== 'module') return undefined;
  if (!ts.isIdentifier(node) || !ASCII_WORD.test(oldName)) return undefined;
  if (symbol.flags & NOT_LOCAL || !(symbol.flags & LOCAL)) return undefined;
  const declarations = symbol.declarations ?? [];
  if (declarations.length === 0) return undefined;
  for (const declaration of declarations) {
    if (declaration.getSourceFile() !== file) return undefined;
    if (ts.isParameter(declaration) && ts.isParameterPropertyDeclaration(declaration, declaration.parent))
      return undefined;
    // in a script, a `var` or function outside any function is global, whatever block it is in
    if (!ts.isExternalModule(file) && !ts.findAncestor(declaration.parent, ts.isFunctionLike)) return undefined;
    // a module's top-level name is private to it only in an ES module that does not export it
    if (
      role === 'module' &&
      (!ts.isExternalModule(file) || !ts.isSourceFile(topLevelContainer(declaration)) || hasExportModifier(declaration))
    )
      return undefined;
  }
  if (role === 'module') {
    const moduleSymbol = checker.getSymbolAtLocation(file);
    if (!moduleSymbol || checker.getExportsOfModule(moduleSymbol).includes(symbol)) return undefined;
  }
  const facts = cache.of(file);
  const identifiers = facts.identifiers.get(oldName) ?? [];
  // every occurrence of the word must be an identifier the walk sees, or the service may find more
  if ((facts.words.get(oldName) ?? 0) !== identifiers.length) return undefined;
  const locations: ts.RenameLocation[] = [];
  for (const identifier of identifiers) {
    const parent = identifier.parent;
    if (CLAUSES.has(parent.kind)) return undefined;
    const span = { start: identifier.getStart(file), length: identifier.getWidth(file) };
    if (ts.isShorthandPropertyAssignment(parent) && parent.name === identifier) {
      // `{ old }`: the property keeps its name, `{ old: renamed }`
      if (checker.getShorthandAssignmentValueSymbol(parent) === symbol)
        locations.push({ fileName: file.fileName, textSpan: span, prefixText: `${oldName}: ` });
      continue;
    }
    if (checker.getSymbolAtLocation(identifier) !== symbol) continue;
    if (
      ts.isBindingElement(parent) &&
      parent.name === identifier &&
      parent.propertyName === undefined &&
      parent.dotDotDotToken === undefined &&
      ts.isObjectBindingPattern(parent.parent)
    ) {
      // `const { old } = o`: the property read keeps its name, `{ old: renamed }` (a rest element `...old` has no property)
      locations.push({ fileName: file.fileName, textSpan: span, prefixText: `${oldName}: ` });
    } else {
      locations.push({ fileName: file.fileName, textSpan: span });
    }
  }
  return locations.some((location) => location.textSpan.start === node.getStart(file)) ? locations : undefined;
}

/** Per-file facts for the walk, computed once per file however many names it declares. */
export class FileFacts {
  private readonly identifierMaps = new Map<ts.SourceFile, Map<string, ts.Identifier[]>>();
  private readonly wordMaps = new Map<ts.SourceFile, Map<string, number>>();

  of(file: ts.SourceFile): { identifiers: Map<string, ts.Identifier[]>; words: Map<string, number> } {
    return { identifiers: this.identifiers(file), words: this.words(file) };
  }

  /** the file's identifiers by name */
  identifiers(file: ts.SourceFile): Map<string, ts.Identifier[]> {
    let identifiers = this.identifierMaps.get(file);
    if (!identifiers) {
      const found = new Map<string, ts.Identifier[]>();
      const visit = (node: ts.Node): void => {
        if (ts.isIdentifier(node)) {
          const list = found.get(node.text);
          if (list) list.push(node);
          else found.set(node.text, [node]);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      identifiers = found;
      this.identifierMaps.set(file, identifiers);
    }
    return identifiers;
  }

  /** how often each identifier-like word occurs in the file's text (comments and strings included) */
  words(file: ts.SourceFile): Map<string, number> {
    let words = this.wordMaps.get(file);
    if (!words) {
      words = new Map<string, number>();
      for (const word of file.text.match(WORDS) ?? []) words.set(word, (words.get(word) ?? 0) + 1);
      this.wordMaps.set(file, words);
    }
    return words;
  }
}

// `[\w$]` also stops at non-ASCII letters, so a name next to one counts as a word the tree lacks: a safe miss
const WORDS = /[A-Za-z_$][\w$]*/g;
const ASCII_WORD = /^[A-Za-z_$][\w$]*$/;
const LOCAL =
  ts.SymbolFlags.Variable |
  ts.SymbolFlags.Function |
  ts.SymbolFlags.Class |
  ts.SymbolFlags.Interface |
  ts.SymbolFlags.TypeAlias |
  ts.SymbolFlags.Enum;
const NOT_LOCAL =
  ts.SymbolFlags.Property |
  ts.SymbolFlags.Method |
  ts.SymbolFlags.Accessor |
  ts.SymbolFlags.EnumMember |
  ts.SymbolFlags.Alias |
  ts.SymbolFlags.NamespaceModule |
  ts.SymbolFlags.ValueModule |
  ts.SymbolFlags.Prototype;
const CLAUSES = new Set([
  ts.SyntaxKind.ImportSpecifier,
  ts.SyntaxKind.ExportSpecifier,
  ts.SyntaxKind.ImportClause,
  ts.SyntaxKind.NamespaceImport,
  ts.SyntaxKind.ImportEqualsDeclaration,
  ts.SyntaxKind.ExportAssignment,
  ts.SyntaxKind.NamespaceExport,
]);

/** The function, namespace or file a declaration sits in, past variable lists and binding patterns. */
function topLevelContainer(declaration: ts.Node): ts.Node {
  let current = declaration.parent;
  while (
    ts.isVariableDeclarationList(current) ||
    ts.isVariableStatement(current) ||
    ts.isObjectBindingPattern(current) ||
    ts.isArrayBindingPattern(current) ||
    ts.isBindingElement(current) ||
    ts.isVariableDeclaration(current)
  ) {
    current = current.parent;
  }
  return current;
}

function hasExportModifier(declaration: ts.Node): boolean {
  let current: ts.Node = declaration;
  while (
    ts.isVariableDeclaration(current) ||
    ts.isVariableDeclarationList(current) ||
    ts.isBindingElement(current) ||
    ts.isObjectBindingPattern(current) ||
    ts.isArrayBindingPattern(current)
  )
    current = current.parent;
  return (
    ts.canHaveModifiers(current) &&
    (ts.getModifiers(current) ?? []).some(
      (m) => m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DefaultKeyword,
    )
  );
}

/**
 * The language service's places with a prefix or suffix only where the syntax allows one: a
 * shorthand property (`{ old }`, `{ old = 1 }`), a binding element without a property name, an
 * import or export specifier. It adds `: old` after a name read in a shorthand's default value
 * (`({ a = old } = o)` became `({ a = renamed: old } = o)`, a syntax error); there the name alone changes.
 */
export function withValidAffixes(locations: readonly ts.RenameLocation[], program: ts.Program): ts.RenameLocation[] {
  return locations.map((location) => {
    if (!location.prefixText && !location.suffixText) return location;
    const file = program.getSourceFile(location.fileName);
    const node = file && nodeAt(file, location.textSpan.start);
    if (!node || affixAllowed(node)) return location;
    return { fileName: location.fileName, textSpan: location.textSpan };
  });
}

function affixAllowed(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isShorthandPropertyAssignment(parent)) return parent.name === node;
  if (ts.isBindingElement(parent))
    return parent.name === node && parent.propertyName === undefined && parent.dotDotDotToken === undefined;
  return (
    ts.isImportSpecifier(parent) ||
    ts.isExportSpecifier(parent) ||
    ts.isImportClause(parent) ||
    ts.isNamespaceImport(parent) ||
    ts.isNamespaceExport(parent) ||
    ts.isExportAssignment(parent)
  );
}

function nodeAt(file: ts.SourceFile, position: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (found || position < node.pos || position >= node.end) return;
    if (
      (ts.isIdentifier(node) || ts.isPrivateIdentifier(node) || ts.isStringLiteral(node)) &&
      node.getStart(file) === position
    )
      found = node;
    else ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * A name declared inside a function is seen only in its own file; the language service also
 * returns, for a rest element (`const { a, ...opts } = o`), every `opts` of other files' scripts.
 */
export function withinOwnFile(candidate: Candidate, locations: readonly ts.RenameLocation[]): ts.RenameLocation[] {
  if (candidate.role !== 'local' || !ts.findAncestor(candidate.node.parent, ts.isFunctionLike)) return [...locations];
  return locations.filter((location) => location.fileName === candidate.file.fileName);
}
