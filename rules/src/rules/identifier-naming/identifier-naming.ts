import type { TSESTree } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import type { RuleListener } from '@typescript-eslint/utils/ts-eslint';
import { CASE_STYLES, NAME_KINDS, acceptedStyles, conforms, suggestName } from '../../naming/convention.js';
import type { NameKind, NamingOptions } from '../../naming/convention.js';
import { functionNameKind } from '../../naming/function-kind.js';
import { inferStyles, stylesWithInferred } from '../../naming/infer.js';
import { createRule } from '../../utils/create-rule.js';
import { ConstructorUses } from './constructor-uses.js';

type Options = NamingOptions & { ignore?: string[] };

const STYLE_SCHEMA: JSONSchema4 = { type: 'string', enum: [...CASE_STYLES] };

/** A package import (`lodash`, `@scope/pkg`, `node:fs`), whose names the project does not choose. */
function isPackageSpecifier(specifier: unknown): boolean {
  return typeof specifier === 'string' && !specifier.startsWith('.') && !specifier.startsWith('/');
}

function isRequireOfPackage(node: TSESTree.Expression | null): boolean {
  return (
    node?.type === 'CallExpression' &&
    node.callee.type === 'Identifier' &&
    node.callee.name === 'require' &&
    node.arguments[0]?.type === 'Literal' &&
    isPackageSpecifier(node.arguments[0].value)
  );
}

function isFunctionValue(node: TSESTree.Node | null | undefined): boolean {
  return node?.type === 'FunctionExpression' || node?.type === 'ArrowFunctionExpression';
}

function isModuleLevel(declaration: TSESTree.VariableDeclaration): boolean {
  const parent = declaration.parent;
  return parent.type === 'Program' || (parent.type === 'ExportNamedDeclaration' && parent.parent.type === 'Program');
}

export const identifierNaming = createRule<[Options], 'rename' | 'noConvention'>({
  name: 'identifier-naming',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require declared names to follow the naming convention of their kind (pylint C0103 invalid-name)',
      category: 'C',
      pylint: 'C0103 invalid-name',
      note: 'a declared name that follows no convention for its kind',
      preset: 'recommended',
    },
    schema: [
      {
        type: 'object',
        properties: {
          styles: {
            type: 'object',
            properties: Object.fromEntries(NAME_KINDS.map((kind) => [kind, STYLE_SCHEMA])),
            additionalProperties: false,
          },
          allowConstantCase: { type: 'boolean' },
          allowLeadingUnderscore: { type: 'boolean' },
          allowPascalCaseValues: { type: 'boolean' },
          ignore: { type: 'array', items: { type: 'string' }, description: 'regular expressions of names to accept' },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      rename:
        "{{kind}} name '{{name}}' does not follow {{styles}}; rename it to '{{suggestion}}' with `upkeep codemod rename`",
      noConvention: "{{kind}} name '{{name}}' does not follow {{styles}}",
    },
  },
  defaultOptions: [{}],
  create(context, [options]) {
    if (/\.d\.[cm]?ts$/u.test(context.filename)) return {};
    const names = new DeclaredNames();
    const evidence = new ConstructorUses(context.sourceCode);
    return {
      ...evidence.visitors(),
      ...declarationVisitors(names),
      'Program:exit': () => judge(context, options, names, evidence),
    };
  },
});

type Context = Parameters<(typeof identifierNaming)['create']>[0];

/** A declared name to judge at the end of the file; a function's kind waits for the whole file's evidence. */
interface Declared {
  node: TSESTree.Identifier;
  kind: NameKind | { function: TSESTree.FunctionLike };
  moduleLevelConst: boolean;
}

/** The names a file declares, outside `declare` blocks. */
class DeclaredNames {
  readonly list: Declared[] = [];
  ambientDepth = 0;

  add(node: TSESTree.Node | null | undefined, kind: Declared['kind'], moduleLevelConst = false): void {
    if (this.ambientDepth > 0 || node?.type !== 'Identifier') return;
    this.list.push({ node, kind, moduleLevelConst });
  }

  /** Names bound by a pattern; shorthand `{ user_name }` keeps the outside object's key, so it is exempt. */
  addPattern(pattern: TSESTree.Node | null, kind: NameKind, moduleLevelConst = false): void {
    if (pattern === null) return;
    switch (pattern.type) {
      case 'Identifier':
        return this.add(pattern, kind, moduleLevelConst);
      case 'AssignmentPattern':
        return this.addPattern(pattern.left, kind, moduleLevelConst);
      case 'RestElement':
        return this.addPattern(pattern.argument, kind, moduleLevelConst);
      case 'ArrayPattern':
        for (const element of pattern.elements) this.addPattern(element, kind, moduleLevelConst);
        return;
      case 'ObjectPattern':
        for (const property of pattern.properties) {
          if (property.type === 'RestElement') this.addPattern(property, kind, moduleLevelConst);
          else if (!property.shorthand) this.addPattern(property.value, kind, moduleLevelConst);
        }
        return;
      case 'TSParameterProperty':
        return this.addPattern(pattern.parameter, 'property');
      default:
        return;
    }
  }

  addParams(node: { params: TSESTree.Parameter[] }): void {
    for (const param of node.params) this.addPattern(param, 'parameter');
  }
}

/**
 * Names are judged at the end of the file, by the styles this file keeps for each kind
 * (`inferStyles` over the names judged here; configured styles first). One file's names decide its
 * styles, so a module's score is a fact of that module alone (cacheable by its content), and the
 * rename codemod judges each name by the same inference over the same names of its file.
 */
function judge(context: Context, options: Options, names: DeclaredNames, evidence: ConstructorUses): void {
  const ignore = (options.ignore ?? []).map((pattern) => new RegExp(pattern, 'u'));
  const declared = names.list.map(({ node, kind, moduleLevelConst }) => ({
    node,
    moduleLevelConst,
    kind: typeof kind === 'string' ? kind : functionNameKind(evidence.of(kind.function)),
  }));
  const inferred = stylesWithInferred(inferStyles(declared.map(({ node, kind }) => ({ name: node.name, kind }))));
  const naming: NamingOptions = { ...options, styles: { ...inferred, ...options.styles } };
  for (const { node, kind, moduleLevelConst } of declared) {
    const name = node.name;
    const at = { moduleLevelConst };
    if (conforms(name, kind, at, naming) || ignore.some((pattern) => pattern.test(name))) continue;
    const styles = acceptedStyles(kind, at, naming).join(' or ');
    const suggestion = suggestName(name, kind, at, naming);
    const data = { kind: kind.charAt(0).toUpperCase() + kind.slice(1), name, styles, suggestion: suggestion ?? '' };
    context.report({ node, messageId: suggestion === undefined ? 'noConvention' : 'rename', data });
  }
}

/** The visitors that note every declared name with its kind. */
function declarationVisitors(names: DeclaredNames): RuleListener {
  const ambient = (node: { declare?: boolean; kind?: string }): boolean =>
    node.declare === true || node.kind === 'global';
  return {
    TSModuleDeclaration(node) {
      if (ambient(node)) names.ambientDepth += 1;
    },
    'TSModuleDeclaration:exit'(node: TSESTree.TSModuleDeclaration) {
      if (ambient(node)) names.ambientDepth -= 1;
    },
    VariableDeclaration(node) {
      if (node.declare) return;
      // A module-level `var` is how ES5 code declares its constants (`var API_URL = …`).
      const moduleLevel = isModuleLevel(node) && (node.kind === 'const' || node.kind === 'var');
      const constant = node.kind === 'const' || moduleLevel;
      for (const declarator of node.declarations) {
        if (isRequireOfPackage(declarator.init)) continue;
        names.addPattern(declarator.id, constant ? 'constant' : 'variable', moduleLevel);
      }
    },
    FunctionDeclaration(node) {
      if (!node.declare) names.add(node.id, { function: node });
      names.addParams(node);
    },
    FunctionExpression(node) {
      // `res.status = function status() {}`: its name is the property's, judged (or not) as that property
      const holder = ConstructorUses.holderName(node);
      const ownName = node.parent.type !== 'MethodDefinition' && node.parent.type !== 'Property';
      if (ownName && (holder === undefined || holder !== node.id?.name)) names.add(node.id, { function: node });
      names.addParams(node);
    },
    ArrowFunctionExpression: (node) => names.addParams(node),
    CatchClause(node) {
      names.addPattern(node.param, 'parameter');
    },
    'ClassDeclaration, ClassExpression'(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression) {
      if (!node.declare) names.add(node.id, 'class');
    },
    MethodDefinition(node) {
      if (node.kind === 'constructor' || node.computed || node.override) return;
      names.add(node.key, 'method');
    },
    PropertyDefinition(node) {
      if (node.computed || node.override || node.declare) return;
      names.add(node.key, isFunctionValue(node.value) ? 'method' : 'property');
    },
    Property(node) {
      // Data keys of object literals are JSON-shaped: only methods are the project's names.
      if (node.parent.type !== 'ObjectExpression' || node.computed || node.shorthand) return;
      if (node.method || isFunctionValue(node.value)) names.add(node.key, 'method');
    },
    ImportDeclaration(node) {
      if (isPackageSpecifier(node.source.value)) return;
      for (const specifier of node.specifiers) {
        // `import { do_thing } from './x'` keeps the exporter's name, reported where it is declared.
        const renamed =
          specifier.type !== 'ImportSpecifier' ||
          (specifier.imported.type === 'Identifier' && specifier.imported.name !== specifier.local.name);
        if (renamed) names.add(specifier.local, 'variable');
      }
    },
    TSInterfaceDeclaration(node) {
      if (!node.declare) names.add(node.id, 'interface');
    },
    TSTypeAliasDeclaration(node) {
      if (!node.declare) names.add(node.id, 'typeAlias');
    },
    TSEnumDeclaration(node) {
      if (node.declare) return;
      names.add(node.id, 'enum');
      for (const member of node.body.members) if (!member.computed) names.add(member.id, 'enumMember');
    },
  };
}
