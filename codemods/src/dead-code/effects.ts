// Which modules run code when loaded (registrations, polyfills, global writes): an unused import of
// one of them becomes a bare import instead of going away.
import { ts } from '../runner/engine.js';
import { isPure, isPureDeclaration, isRequireCall } from './purity.js';

export interface ModuleEffects {
  /** whether loading the (absolute) file runs anything beyond declarations, itself or through what it imports */
  moduleHasEffects(file: string): boolean;
  /** whether evaluating the expression may have an effect, counting `require('./x')` of a module with effects */
  expressionHasEffects(node: ts.Expression): boolean;
  /** the file an import specifier of the project resolves to */
  targetOf(specifier: ts.StringLiteralLike): string | undefined;
}

export function moduleEffects(program: ts.Program, targetOf: ReadonlyMap<ts.StringLiteralLike, string>): ModuleEffects {
  const known = new Map<string, boolean>();
  const moduleHasEffects = (file: string): boolean => {
    const cached = known.get(file);
    if (cached !== undefined) return cached;
    // a cycle adds nothing new: assume none while the module is being looked at
    known.set(file, false);
    const source = program.getSourceFile(file);
    const result =
      source === undefined || /\.d\.[cm]?ts$/.test(file)
        ? false
        : source.statements.some((s) => statementHasEffects(s, source));
    known.set(file, result);
    return result;
  };
  const requiredHasEffects = (node: ts.Expression): boolean => {
    let current = node;
    while (
      ts.isPropertyAccessExpression(current) ||
      ts.isParenthesizedExpression(current) ||
      ts.isAwaitExpression(current)
    )
      current = current.expression;
    if (!isRequireCall(current)) return false;
    const target = targetOf.get(current.arguments[0] as ts.StringLiteralLike);
    return target !== undefined && moduleHasEffects(target);
  };
  const expressionHasEffects = (node: ts.Expression): boolean => !isPure(node) || requiredHasEffects(node);
  const importHasEffects = (specifier: ts.Expression): boolean => {
    if (!ts.isStringLiteralLike(specifier)) return true;
    const target = targetOf.get(specifier);
    return target !== undefined && moduleHasEffects(target);
  };

  const statementHasEffects = (statement: ts.Statement, source: ts.SourceFile): boolean => {
    if (ts.isImportDeclaration(statement)) {
      // a bare import of a package is there for its effects; a named one is assumed to be read only
      if (!statement.importClause && !targetOf.has(statement.moduleSpecifier as ts.StringLiteralLike)) return true;
      return !statement.importClause?.isTypeOnly && importHasEffects(statement.moduleSpecifier);
    }
    if (ts.isExportDeclaration(statement))
      return (
        !statement.isTypeOnly && statement.moduleSpecifier !== undefined && importHasEffects(statement.moduleSpecifier)
      );
    if (ts.isImportEqualsDeclaration(statement)) {
      return (
        ts.isExternalModuleReference(statement.moduleReference) &&
        importHasEffects(statement.moduleReference.expression)
      );
    }
    if (
      ts.isFunctionDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEmptyStatement(statement)
    )
      return false;
    if (ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) return !isPureDeclaration(statement);
    if (ts.isModuleDeclaration(statement))
      return !(ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword) ?? false);
    if (ts.isVariableStatement(statement))
      return statement.declarationList.declarations.some(
        (d) => d.initializer !== undefined && expressionHasEffects(d.initializer),
      );
    if (ts.isExportAssignment(statement)) return expressionHasEffects(statement.expression);
    if (ts.isExpressionStatement(statement)) return expressionStatementHasEffects(statement.expression, source);
    return true;
  };

  /** `'use strict'`, `module.exports = …`, `exports.a = …`, `Object.defineProperty(exports, '__esModule', …)`. */
  const expressionStatementHasEffects = (expression: ts.Expression, source: ts.SourceFile): boolean => {
    if (ts.isStringLiteral(expression)) return false;
    if (
      ts.isBinaryExpression(expression) &&
      expression.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      isExportsTarget(expression.left, source)
    ) {
      return expressionHasEffects(expression.right);
    }
    if (
      ts.isCallExpression(expression) &&
      expression.expression.getText(source) === 'Object.defineProperty' &&
      expression.arguments[0]?.getText(source) === 'exports'
    )
      return false;
    return true;
  };

  return { moduleHasEffects, expressionHasEffects, targetOf: (specifier) => targetOf.get(specifier) };
}

function isExportsTarget(node: ts.Expression, source: ts.SourceFile): boolean {
  const text = node.getText(source);
  return (
    text === 'module.exports' ||
    /^(?:module\.)?exports\.[\w$]+$/.test(text) ||
    /^(?:module\.)?exports\[['"][^'"]+['"]\]$/.test(text)
  );
}
