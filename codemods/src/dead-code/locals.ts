// Unused imports, locals, private members, parameters and unreachable statements of one file (found
// by scan.ts), turned into removals that keep every side effect.
import { ts } from '../runner/engine.js';
import { expressionStatement } from './edits.js';
import { keepOf } from './keep.js';
import { isPure, isPureDeclaration, isRequireCall } from './purity.js';
import { positionOf, type Round } from './round.js';
import { scanFile } from './scan.js';
import type { DeadCodeKind } from './types.js';

export function findLocalDeadCode(round: Round, file: ts.SourceFile): void {
  for (const item of scanFile(round.checker, file, round.program.getCompilerOptions())) {
    switch (item.kind) {
      case 'unreachable':
        unreachable(round, file, item.statements);
        break;
      case 'import':
        removeImport(round, file, item.declaration, importNames(item.declaration));
        break;
      case 'name':
        unusedName(round, file, item.name, item.written);
        break;
      case 'parameter':
        unusedParameter(round, file, item.name.parent as ts.ParameterDeclaration, item.name.text);
        break;
      case 'member':
        unusedMember(round, file, item.member, item.writes);
        break;
      case 'reflective-member':
        if (round.wants('members')) {
          const name = (item.member.name as ts.Identifier | ts.PrivateIdentifier).text;
          round.kept({
            kind: 'members',
            name,
            path: round.relativePath(file.fileName),
            line: positionOf(file, item.member).line,
            reason: 'reflection',
            detail: item.detail,
          });
        }
        break;
    }
  }
}

function importNames(node: ts.ImportDeclaration): string {
  const clause = node.importClause;
  const names = [
    clause?.name?.text,
    ...(clause?.namedBindings
      ? ts.isNamespaceImport(clause.namedBindings)
        ? [clause.namedBindings.name.text]
        : clause.namedBindings.elements.map((e) => e.name.text)
      : []),
  ];
  return names.filter(Boolean).join(', ');
}

function record(
  round: Round,
  file: ts.SourceFile,
  kind: DeadCodeKind,
  name: string,
  at: ts.Node,
  action: 'remove' | 'keep-initializer' | 'report',
): boolean {
  if (!round.wants(kind)) return false;
  const keep = action === 'report' ? undefined : keepOf(at, file);
  const position = positionOf(file, at);
  if (keep) {
    round.kept({
      kind,
      name,
      path: round.relativePath(file.fileName),
      line: position.line,
      reason: keep.reason,
      detail: keep.detail,
    });
    return false;
  }
  return round.found({ kind, name, path: round.relativePath(file.fileName), ...position, action }, at);
}

function removeImport(round: Round, file: ts.SourceFile, node: ts.ImportDeclaration, name: string): void {
  const bare = keepsEffects(round, node);
  if (record(round, file, 'imports', name, node, bare ? 'keep-initializer' : 'remove'))
    removeDeclaration(round, file, node, bare);
}

/** An import of a local module whose top-level code has effects (registrations, polyfills) stays as a bare import. */
function keepsEffects(round: Round, node: ts.ImportDeclaration): boolean {
  if (node.importClause?.isTypeOnly || !ts.isStringLiteralLike(node.moduleSpecifier)) return false;
  const target = round.effects.targetOf(node.moduleSpecifier);
  return target !== undefined && round.effects.moduleHasEffects(target);
}

function removeDeclaration(round: Round, file: ts.SourceFile, node: ts.ImportDeclaration, bare: boolean): void {
  if (bare) round.editor(file).replaceStatement(node, `import ${node.moduleSpecifier.getText(file)};`);
  else round.editor(file).removeStatement(node);
}

function unusedName(round: Round, file: ts.SourceFile, node: ts.Node, written: boolean): void {
  // a declaration that is nothing but its name (`import { a }`, `import a from`) spans the same text as the name
  const inner = (node as ts.Node & { name?: ts.Node }).name;
  const name = inner && inner.getStart(file) === node.getStart(file) && inner.getEnd() === node.getEnd() ? inner : node;
  const parent = name.parent;
  if (ts.isImportDeclaration(node)) return removeImport(round, file, node, importNames(node));
  if (!parent) return;
  const text = name.getText(file);
  if (ts.isImportEqualsDeclaration(parent)) {
    if (record(round, file, 'imports', text, parent, 'remove')) round.editor(file).removeStatement(parent);
  } else if (ts.isImportClause(parent) || ts.isImportSpecifier(parent) || ts.isNamespaceImport(parent)) {
    unusedImportBinding(round, file, parent, text);
  } else if (ts.isVariableDeclaration(parent) && parent.name === name) {
    unusedVariable(round, file, parent, text, written);
  } else if (ts.isBindingElement(parent) && parent.name === name) {
    unusedBindingElement(round, file, parent, text, written);
  } else if (
    (ts.isFunctionDeclaration(parent) ||
      ts.isClassDeclaration(parent) ||
      ts.isInterfaceDeclaration(parent) ||
      ts.isTypeAliasDeclaration(parent) ||
      ts.isEnumDeclaration(parent)) &&
    parent.name === name
  ) {
    if (!isPureDeclaration(parent) && !keepOf(parent, file)) {
      record(round, file, 'locals', text, parent, 'report');
      return;
    }
    if (record(round, file, 'locals', text, parent, 'remove')) round.editor(file).removeStatement(parent);
  } else if (ts.isParameter(parent) && parent.name === name) {
    unusedParameter(round, file, parent, text);
  }
}

function unusedImportBinding(
  round: Round,
  file: ts.SourceFile,
  binding: ts.ImportClause | ts.ImportSpecifier | ts.NamespaceImport,
  text: string,
): void {
  const declaration = ts.findAncestor(binding, ts.isImportDeclaration);
  if (!declaration || !record(round, file, 'imports', text, binding, 'remove')) return;
  const editor = round.editor(file);
  const clause = declaration.importClause!;
  const bare = keepsEffects(round, declaration);
  const spec = declaration.moduleSpecifier.getText(file);
  const typeOnly = clause.isTypeOnly ? 'type ' : '';
  if (ts.isImportSpecifier(binding)) {
    // every named binding unused but the default import read: keep `import a from 'x'`
    editor.removeListElement(binding.parent.elements, binding, () =>
      clause.name
        ? editor.replaceStatement(declaration, `import ${typeOnly}${clause.name.text} from ${spec};`)
        : removeDeclaration(round, file, declaration, bare),
    );
  } else {
    const other = ts.isImportClause(binding) ? clause.namedBindings : clause.name;
    if (!other) removeDeclaration(round, file, declaration, bare);
    else editor.replaceStatement(declaration, `import ${typeOnly}${other.getText(file)} from ${spec};`);
  }
}

/** `var fs = require('fs')` is an import; a variable is removed only when nothing writes it either. */
function unusedVariable(
  round: Round,
  file: ts.SourceFile,
  declaration: ts.VariableDeclaration,
  text: string,
  written: boolean,
): void {
  const statement = declaration.parent.parent;
  if (
    !ts.isVariableStatement(statement) ||
    ts.isForOfStatement(declaration.parent.parent) ||
    ts.isForInStatement(declaration.parent.parent)
  )
    return;
  const kind: DeadCodeKind = isRequire(declaration.initializer) ? 'imports' : 'locals';
  if (written) {
    if (round.wants(kind)) {
      const { line } = positionOf(file, declaration);
      round.kept({
        kind,
        name: text,
        path: round.relativePath(file.fileName),
        line,
        reason: 'written-elsewhere',
        detail: 'assigned elsewhere; removing the declaration would leave the assignments undeclared',
      });
    }
    return;
  }
  const action =
    declaration.initializer && round.effects.expressionHasEffects(declaration.initializer)
      ? 'keep-initializer'
      : 'remove';
  if (record(round, file, kind, text, declaration, action)) round.editor(file).removeVariable(declaration);
}

function unusedBindingElement(
  round: Round,
  file: ts.SourceFile,
  element: ts.BindingElement,
  text: string,
  written: boolean,
): void {
  const pattern = element.parent;
  if (!ts.isObjectBindingPattern(pattern) || pattern.elements.some((e) => e.dotDotDotToken)) return;
  const declaration = pattern.parent;
  if (!ts.isVariableDeclaration(declaration) || !ts.isVariableStatement(declaration.parent.parent)) return;
  const kind: DeadCodeKind = isRequire(declaration.initializer) ? 'imports' : 'locals';
  if (written) return;
  if (!record(round, file, kind, text, element, 'remove')) return;
  const editor = round.editor(file);
  editor.removeListElement(pattern.elements, element, () => editor.removeVariable(declaration));
}

function isRequire(node: ts.Expression | undefined): boolean {
  let current = node;
  while (
    current &&
    (ts.isPropertyAccessExpression(current) || ts.isAwaitExpression(current) || ts.isParenthesizedExpression(current))
  )
    current = current.expression;
  return (
    current !== undefined &&
    (isRequireCall(current) ||
      (ts.isCallExpression(current) && current.expression.kind === ts.SyntaxKind.ImportKeyword))
  );
}

/** Whether another identifier of the file refers to the same variable (an assignment: TypeScript calls it unread). */
function isWrittenElsewhere(round: Round, file: ts.SourceFile, name: ts.Identifier): boolean {
  const symbol = round.checker.getSymbolAtLocation(name);
  let written = false;
  const visit = (node: ts.Node): void => {
    if (written) return;
    if (
      ts.isIdentifier(node) &&
      node !== name &&
      node.text === name.text &&
      round.checker.getSymbolAtLocation(node) === symbol
    )
      written = true;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return written;
}

function unusedMember(
  round: Round,
  file: ts.SourceFile,
  member: ts.ClassElement,
  writes: readonly ts.ExpressionStatement[],
): void {
  const text = (member.name as ts.Identifier | ts.PrivateIdentifier).text;
  const effects = [member, ...writes].flatMap((node) => {
    const value = ts.isPropertyDeclaration(node)
      ? node.initializer
      : ts.isExpressionStatement(node)
        ? (node.expression as ts.BinaryExpression).right
        : undefined;
    return value && !isPure(value) ? [value] : [];
  });
  if (ts.isPropertyDeclaration(member) && member.initializer && !isPure(member.initializer)) {
    if (round.wants('members')) {
      round.kept({
        kind: 'members',
        name: text,
        path: round.relativePath(file.fileName),
        line: positionOf(file, member).line,
        reason: 'side-effects',
        detail: 'its initializer may have effects when an instance is made',
      });
    }
    return;
  }
  if (!record(round, file, 'members', text, member, effects.length > 0 ? 'keep-initializer' : 'remove')) return;
  const editor = round.editor(file);
  editor.removeStatement(member);
  // `this.name = value;` goes with the member; a value with effects stays as a statement
  for (const write of writes) {
    const value = (write.expression as ts.BinaryExpression).right;
    if (isPure(value)) editor.removeStatement(write);
    else editor.replaceStatement(write, expressionStatement(value.getText(file)));
  }
}

function unusedParameter(round: Round, file: ts.SourceFile, parameter: ts.ParameterDeclaration, text: string): void {
  if (ts.isParameterPropertyDeclaration(parameter, parameter.parent)) return;
  if (!round.removeParams) {
    record(round, file, 'params', text, parameter, 'report');
    return;
  }
  const fn = parameter.parent;
  const calls = ts.isFunctionDeclaration(fn) && fn.name && !hasExport(fn) ? callSites(round, file, fn) : undefined;
  if (!calls) {
    if (round.wants('params')) {
      round.kept({
        kind: 'params',
        name: text,
        path: round.relativePath(file.fileName),
        line: positionOf(file, parameter).line,
        reason: 'call-sites-unknown',
        detail: 'the function is exported, passed around or not a function declaration',
      });
    }
    return;
  }
  const index = fn.parameters.indexOf(parameter);
  const argumentsToDrop = calls.map((call) => call.arguments[index]).filter((a): a is ts.Expression => a !== undefined);
  if (
    argumentsToDrop.some((a) => !isPure(a) || ts.isSpreadElement(a)) ||
    calls.some((c) => c.arguments.slice(0, index).some(ts.isSpreadElement))
  ) {
    if (round.wants('params')) {
      round.kept({
        kind: 'params',
        name: text,
        path: round.relativePath(file.fileName),
        line: positionOf(file, parameter).line,
        reason: 'side-effects',
        detail: 'an argument passed for it may have effects',
      });
    }
    return;
  }
  if (!record(round, file, 'params', text, parameter, 'remove')) return;
  const editor = round.editor(file);
  const clear = (list: ts.NodeArray<ts.Node>) => (): void =>
    editor.replaceRange(list[0]!.getStart(file), list[list.length - 1]!.getEnd(), '');
  editor.removeListElement(fn.parameters, parameter, clear(fn.parameters));
  for (const call of calls) {
    const argument = call.arguments[index];
    if (argument) editor.removeListElement(call.arguments, argument, clear(call.arguments));
  }
}

function hasExport(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false)
  );
}

/** Every reference to a non-exported function, when each one is a direct call in this file (not `module.exports`). */
function callSites(round: Round, file: ts.SourceFile, fn: ts.FunctionDeclaration): ts.CallExpression[] | undefined {
  const symbol = round.checker.getSymbolAtLocation(fn.name!);
  const calls: ts.CallExpression[] = [];
  let escapes = false;
  const visit = (node: ts.Node): void => {
    if (escapes) return;
    if (
      ts.isIdentifier(node) &&
      node !== fn.name &&
      node.text === fn.name!.text &&
      round.checker.getSymbolAtLocation(node) === symbol
    ) {
      if (ts.isCallExpression(node.parent) && node.parent.expression === node) calls.push(node.parent);
      else escapes = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return escapes ? undefined : calls;
}

function unreachable(round: Round, file: ts.SourceFile, statements: readonly ts.Statement[]): void {
  for (const statement of statements) {
    // hoisted declarations still exist when unreachable: a `var` read elsewhere, a function
    if (
      ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement) ||
      ts.isModuleDeclaration(statement) ||
      ts.isEmptyStatement(statement)
    )
      continue;
    if (
      ts.isVariableStatement(statement) &&
      statement.declarationList.declarations.some(
        (d) => !ts.isIdentifier(d.name) || isWrittenElsewhere(round, file, d.name),
      )
    )
      continue;
    if (record(round, file, 'unreachable', 'unreachable code', statement, 'remove'))
      round.editor(file).removeStatement(statement);
  }
}
