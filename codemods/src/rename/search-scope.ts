import { ts } from '../runner/engine.js';
import type { Candidate } from './candidates.js';
import type { FileFacts } from './local-references.js';

/**
 * The files that can refer to a name, for the language service to search instead of the whole
 * program. It only ever finds a reference where the name's text is, except through imports (an
 * export reached by `export *`, a default import): so a class or interface member needs only the
 * files whose text has its name; a name declared in an ES module needs those and every file that
 * imports, requires, re-exports or augments the module, directly or through other modules.
 */
export class SearchScope {
  /** file → files that import it by a static path */
  private readonly importers = new Map<string, Set<string>>();
  private readonly closures = new Map<string, Set<string>>();
  /** word → own files whose text has it, built on first use */
  private wordFiles: Map<string, string[]> | undefined;
  private seeAnyType: Set<string> | undefined;

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly program: ts.Program,
    private readonly facts: FileFacts,
  ) {
    for (const file of program.getSourceFiles()) {
      if (program.isSourceFileDefaultLibrary(file)) continue;
      for (const target of referencedModules(file, checker)) {
        const set = this.importers.get(target) ?? new Set<string>();
        set.add(file.fileName);
        this.importers.set(target, set);
      }
    }
  }

  /** The files to search for the candidate's references, or undefined when any file could refer to it. */
  filesFor(candidate: Candidate): ReadonlySet<string> | undefined {
    const { symbol } = candidate;
    const declarations = symbol.declarations ?? [];
    if (declarations.length === 0 || !ASCII_WORD.test(candidate.oldName)) return undefined;
    if (candidate.role === 'member' || symbol.flags & MEMBER) {
      // members are never imported: every reference, in a subclass or an implementation too, is at their name
      if (
        candidate.role !== 'member' ||
        !(symbol.flags & MEMBER) ||
        symbol.flags & ~(MEMBER | ts.SymbolFlags.Transient)
      )
        return undefined;
      const reach = this.containerReach(candidate, declarations);
      const files = new Set(declarations.map((d) => d.getSourceFile().fileName));
      for (const name of this.filesWithWord(candidate.oldName))
        if (!reach || reach.has(name) || this.maySeeAnyType(name)) files.add(name);
      return files;
    }
    const files = new Set<string>();
    for (const declaration of declarations) {
      const file = declaration.getSourceFile();
      // a script's names are global, and `export as namespace` makes a module's exports global too
      if (!ts.isExternalModule(file) || file.statements.some(ts.isNamespaceExportDeclaration)) return undefined;
      if (isGlobalAugmentation(declaration)) return undefined;
      for (const name of this.closure(file.fileName)) files.add(name);
    }
    for (const name of this.filesWithWord(candidate.oldName)) files.add(name);
    return files;
  }

  /**
   * The files a member of a class, interface or enum that extends and implements nothing can be
   * used in: those that reach its declaration through imports, since its type reaches no other
   * ES module. Undefined when its container is anything else (an object literal may be typed by
   * an interface declared anywhere, a base class's member is renamed with it).
   */
  private containerReach(candidate: Candidate, declarations: readonly ts.Declaration[]): Set<string> | undefined {
    const containers = candidate.container?.declarations ?? [];
    if (containers.length === 0) return undefined;
    for (const container of containers) {
      if (!(
        ts.isClassDeclaration(container) ||
        ts.isInterfaceDeclaration(container) ||
        ts.isEnumDeclaration(container)
      ))
        return undefined;
      if (!ts.isEnumDeclaration(container) && (container.heritageClauses?.length ?? 0) > 0) return undefined;
      const file = container.getSourceFile();
      if (
        !ts.isExternalModule(file) ||
        file.statements.some(ts.isNamespaceExportDeclaration) ||
        isGlobalAugmentation(container)
      )
        return undefined;
    }
    if (!declarations.every((d) => containers.includes(d.parent as ts.Declaration))) return undefined;
    const reach = new Set<string>();
    for (const container of containers)
      for (const name of this.closure(container.getSourceFile().fileName)) reach.add(name);
    return reach;
  }

  /** Scripts see globals (which may hold any type) and JS files name types in JSDoc: always searched. */
  private maySeeAnyType(fileName: string): boolean {
    if (!this.seeAnyType) {
      this.seeAnyType = new Set(
        this.program
          .getSourceFiles()
          .filter((file) => !ts.isExternalModule(file) || /\.[cm]?jsx?$/i.test(file.fileName))
          .map((file) => file.fileName),
      );
    }
    return this.seeAnyType.has(fileName);
  }

  private filesWithWord(word: string): readonly string[] {
    if (!this.wordFiles) {
      this.wordFiles = new Map();
      for (const file of this.program.getSourceFiles()) {
        if (this.program.isSourceFileDefaultLibrary(file)) continue;
        for (const known of this.facts.words(file).keys()) {
          const list = this.wordFiles.get(known);
          if (list) list.push(file.fileName);
          else this.wordFiles.set(known, [file.fileName]);
        }
      }
    }
    return this.wordFiles.get(word) ?? [];
  }

  /** The file and every file that reaches it through imports. */
  private closure(fileName: string): Set<string> {
    let out = this.closures.get(fileName);
    if (out) return out;
    out = new Set([fileName]);
    const queue = [fileName];
    while (queue.length > 0) {
      for (const importer of this.importers.get(queue.pop()!) ?? []) {
        if (!out.has(importer)) {
          out.add(importer);
          queue.push(importer);
        }
      }
    }
    this.closures.set(fileName, out);
    return out;
  }
}

const ASCII_WORD = /^[A-Za-z_$][\w$]*$/;
const MEMBER =
  ts.SymbolFlags.Property |
  ts.SymbolFlags.Method |
  ts.SymbolFlags.Accessor |
  ts.SymbolFlags.EnumMember |
  ts.SymbolFlags.Prototype;

function isGlobalAugmentation(declaration: ts.Node): boolean {
  return (
    ts.findAncestor(
      declaration,
      (node) =>
        ts.isModuleDeclaration(node) &&
        (ts.isStringLiteral(node.name) || (node.flags & ts.NodeFlags.GlobalAugmentation) !== 0),
    ) !== undefined
  );
}

/** Files a file imports, re-exports, requires, imports by type or augments with `declare module '…'`. */
function referencedModules(file: ts.SourceFile, checker: ts.TypeChecker): Set<string> {
  const out = new Set<string>();
  const note = (specifier: ts.Node): void => {
    for (const declaration of checker.getSymbolAtLocation(specifier)?.declarations ?? []) {
      if (ts.isSourceFile(declaration)) out.add(declaration.fileName);
      else out.add(declaration.getSourceFile().fileName);
    }
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      note(node.moduleSpecifier);
    else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) note(node.name);
    else if (ts.isCallExpression(node) && node.arguments.length >= 1 && ts.isStringLiteralLike(node.arguments[0]!)) {
      const callee = node.expression;
      if ((ts.isIdentifier(callee) && callee.text === 'require') || callee.kind === ts.SyntaxKind.ImportKeyword)
        note(node.arguments[0]!);
    } else if (ts.isImportTypeNode(node)) {
      if (ts.isLiteralTypeNode(node.argument)) note(node.argument.literal);
    } else if (ts.isExternalModuleReference(node)) note(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}
