import { functionNameKind, type NameKind } from '@upkeep/eslint-plugin/naming';
import { ts } from '../runner/engine.js';
import type { Constructors } from './constructors.js';

/** The kinds `--kinds` accepts; `type` covers interfaces, type aliases, enums and enum members. */
export const RENAME_KINDS = ['variable', 'function', 'parameter', 'class', 'method', 'property', 'type'] as const;
export type RenameKind = (typeof RENAME_KINDS)[number];

/** Object properties stay opt-in: they may be JSON or database field names. */
export const DEFAULT_RENAME_KINDS: readonly RenameKind[] = [
  'variable',
  'function',
  'parameter',
  'class',
  'method',
  'type',
];

export function renameKindOf(kind: NameKind): RenameKind {
  switch (kind) {
    case 'variable':
    case 'constant':
      return 'variable';
    case 'interface':
    case 'typeAlias':
    case 'enum':
    case 'enumMember':
      return 'type';
    default:
      return kind;
  }
}

/**
 * The kind of name a symbol declares, for its convention (aliases take the kind of their target).
 * A function is a class only on evidence of its use as a constructor (`constructors`), whatever
 * flags TypeScript gives a JavaScript function that assigns `this.x`.
 */
export function symbolKind(
  symbol: ts.Symbol,
  checker: ts.TypeChecker,
  constructors: Constructors,
): { kind: NameKind; moduleLevelConst: boolean } {
  let target = symbol;
  if (symbol.flags & ts.SymbolFlags.Alias) {
    const aliased = checker.getAliasedSymbol(symbol);
    if (!(aliased.flags & ts.SymbolFlags.ValueModule) || aliased.flags & ~ts.SymbolFlags.ValueModule) target = aliased;
  }
  const f = target.flags;
  const isFunction = target.declarations?.some((d) => ts.isFunctionDeclaration(d) || ts.isFunctionExpression(d));
  if (f & ts.SymbolFlags.Class && !isFunction) return { kind: 'class', moduleLevelConst: false };
  if (isFunction) return { kind: functionNameKind(constructors.get(target) ?? []), moduleLevelConst: false };
  if (f & ts.SymbolFlags.Interface) return { kind: 'interface', moduleLevelConst: false };
  if (f & ts.SymbolFlags.TypeAlias) return { kind: 'typeAlias', moduleLevelConst: false };
  if (f & ts.SymbolFlags.Enum) return { kind: 'enum', moduleLevelConst: false };
  if (f & ts.SymbolFlags.EnumMember) return { kind: 'enumMember', moduleLevelConst: false };
  if (f & ts.SymbolFlags.Function) return { kind: 'function', moduleLevelConst: false };
  if (f & ts.SymbolFlags.Method) return { kind: 'method', moduleLevelConst: false };
  let declaration = target.valueDeclaration ?? target.declarations?.[0];
  // `exports.f = function () {}` is declared by its left-hand side
  if (declaration && ts.isPropertyAccessExpression(declaration) && ts.isBinaryExpression(declaration.parent))
    declaration = declaration.parent;
  if (declaration && isFunctionValued(declaration)) return { kind: 'function', moduleLevelConst: false };
  if (declaration && ts.isVariableDeclaration(declaration)) {
    const list = declaration.parent;
    const isConst = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
    const moduleLevel =
      ts.isVariableDeclarationList(list) && ts.isVariableStatement(list.parent) && ts.isSourceFile(list.parent.parent);
    // `var X = 1` at module level is how pre-ES2015 code wrote constants
    return { kind: isConst || moduleLevel ? 'constant' : 'variable', moduleLevelConst: moduleLevel };
  }
  if (f & ts.SymbolFlags.Property) return { kind: 'property', moduleLevelConst: false };
  return { kind: 'variable', moduleLevelConst: false };
}

/** `exports.f = function () {}`, `{ f: () => … }`: a property or export whose value is a function. */
function isFunctionValued(declaration: ts.Declaration): boolean {
  if (ts.isPropertyAssignment(declaration) || ts.isBinaryExpression(declaration)) {
    const value = ts.isPropertyAssignment(declaration) ? declaration.initializer : declaration.right;
    return ts.isFunctionExpression(value) || ts.isArrowFunction(value);
  }
  return false;
}
