/**
 * ESLint's `/* global *\/`, `/* globals *\/` and `/* exported *\/` comments, applied to the scope
 * oxlint's JS plugin host builds. ESLint adds the names such comments declare to the global scope
 * before any rule runs (SourceCode#applyInlineConfig and #finalize in ESLint 10); oxlint 1.94 adds
 * only the configured globals, so without this the ESLint rules upkeep runs in oxlint would report
 * a `/* global foo *\/` name as not defined and miss an unused or redeclared one.
 */
import { createRequire } from 'node:module';
import type { AST, Scope, SourceCode } from 'eslint';

const require = createRequire(import.meta.url);

interface CommentParser {
  parseDirective(text: string): { label: string; value: string } | undefined;
  parseStringConfig(text: string): Record<string, string | null>;
  parseListConfig(text: string): Record<string, boolean>;
}

let parser: CommentParser | undefined;
/** ESLint's own parser of directive comments (from @eslint/plugin-kit, as ESLint resolves it). */
function commentParser(): CommentParser {
  if (parser === undefined) {
    const fromEslint = createRequire(require.resolve('eslint'));
    const { ConfigCommentParser } = fromEslint('@eslint/plugin-kit') as {
      ConfigCommentParser: new () => CommentParser;
    };
    parser = new ConfigCommentParser();
  }
  return parser;
}

/** Cheap test before any comment is parsed: most modules have no such comment. */
const MAY_DECLARE = /\/\*\s*(?:globals?|exported)(?:\s|\*\/)/;

/** ESLint's normalizeConfigGlobal; undefined for a value ESLint refuses (it reports the comment instead). */
function normalized(value: string | null): 'readonly' | 'writable' | 'off' | undefined {
  switch (value) {
    case 'off':
      return 'off';
    case 'true':
    case 'writeable':
    case 'writable':
      return 'writable';
    case null:
    case 'false':
    case 'readable':
    case 'readonly':
      return 'readonly';
    default:
      return undefined;
  }
}

interface GlobalVariable extends Scope.Variable {
  eslintImplicitGlobalSetting?: string;
  eslintExplicitGlobal?: boolean;
  eslintExplicitGlobalComments?: AST.Program['comments'];
  eslintUsed?: boolean;
  eslintExported?: boolean;
  writeable?: boolean;
}

/** Modules (their AST, one object per module in oxlint's host) already looked at: each bridged rule asks. */
const seen = new WeakSet<object>();

/**
 * Declares in `sourceCode`'s global scope the names its `/* global *\/` comments declare, resolves
 * the references to them, and marks `/* exported *\/` names as used, once per module.
 *
 * `/* exported *\/` marks a variable of the global scope, where ESLint finds a module's top-level
 * declarations only when it parses the module as a script: oxlint's host scopes every `.js` file
 * without `import`/`export` as a script, so the names are marked only when `sourceType`, ESLint's
 * for the module, is `script` (jquery's `/* exported bootstrapFrom *\/` in a CommonJS-judged file
 * left `bootstrapFrom` unused under ESLint only).
 */
export function applyInlineGlobals(sourceCode: SourceCode, sourceType = 'script'): void {
  if (seen.has(sourceCode.ast)) return;
  seen.add(sourceCode.ast);
  if (!MAY_DECLARE.test(sourceCode.text)) return;
  const declared = new Map<string, { value: 'readonly' | 'writable' | 'off'; comments: AST.Program['comments'] }>();
  const exported = new Set<string>();
  for (const comment of sourceCode.getAllComments()) {
    if (comment.type !== 'Block') continue;
    const directive = commentParser().parseDirective(comment.value);
    if (directive === undefined) continue;
    if (directive.label === 'exported') {
      for (const name of Object.keys(commentParser().parseListConfig(directive.value))) exported.add(name);
    } else if (directive.label === 'global' || directive.label === 'globals') {
      for (const [name, setting] of Object.entries(commentParser().parseStringConfig(directive.value))) {
        const value = normalized(setting);
        if (value === undefined) continue;
        const known = declared.get(name);
        if (known) {
          known.comments.push(comment);
          known.value = value;
        } else declared.set(name, { value, comments: [comment] });
      }
    }
  }
  if (declared.size === 0 && exported.size === 0) return;
  const globalScope = sourceCode.scopeManager.globalScope ?? sourceCode.scopeManager.scopes[0];
  if (!globalScope) return;
  const VariableOf = variableClass(globalScope);
  for (const [name, { value, comments }] of declared) {
    let variable = globalScope.set.get(name) as GlobalVariable | undefined;
    if (value === 'off') {
      // ESLint leaves a global turned off by a comment out of the scope altogether
      if (variable && variable.defs.length === 0) removeGlobal(globalScope, variable);
      continue;
    }
    if (variable === undefined) {
      if (VariableOf === undefined) continue;
      variable = new VariableOf(name, globalScope) as GlobalVariable;
      globalScope.set.set(name, variable);
      globalScope.variables.push(variable);
    }
    variable.eslintExplicitGlobal = true;
    variable.eslintExplicitGlobalComments = comments;
    variable.writeable = value === 'writable';
  }
  resolveThrough(globalScope);
  if (sourceType !== 'script') exported.clear();
  for (const name of exported) {
    const variable = globalScope.set.get(name) as GlobalVariable | undefined;
    if (variable) {
      variable.eslintUsed = true;
      variable.eslintExported = true;
    }
  }
}

type VariableConstructor = new (name: string, scope: Scope.Scope) => Scope.Variable;

/**
 * The scope manager's class for a declared variable (typescript-eslint's `Variable`, which oxlint's
 * host uses for configured globals too; not `ImplicitLibVariable`, which takes other arguments).
 */
function variableClass(globalScope: Scope.Scope): VariableConstructor | undefined {
  const scopes = [globalScope, ...globalScope.childScopes];
  for (const scope of scopes) {
    const variable = scope.variables.find((candidate) => candidate.constructor.name === 'Variable');
    if (variable) return variable.constructor as VariableConstructor;
  }
  return undefined;
}

/** References that reached the global scope unresolved now resolve to the variables declared there (as ESLint's addGlobals). */
function resolveThrough(globalScope: Scope.Scope): void {
  const scope = globalScope as Scope.Scope & { through: Scope.Reference[] };
  scope.through = scope.through.filter((reference) => {
    const variable = globalScope.set.get(reference.identifier.name);
    if (variable === undefined) return true;
    (reference as { resolved: Scope.Variable | null }).resolved = variable;
    variable.references.push(reference);
    return false;
  });
  const implicit = (globalScope as unknown as { implicit?: ImplicitScope }).implicit;
  if (implicit) {
    implicit.variables = implicit.variables.filter((variable) => {
      if (!globalScope.set.has(variable.name)) return true;
      implicit.set.delete(variable.name);
      return false;
    });
    implicit.leftToBeResolved = implicit.leftToBeResolved.filter(
      (reference) => !globalScope.set.has(reference.identifier.name),
    );
  }
}

interface ImplicitScope {
  variables: Scope.Variable[];
  set: Map<string, Scope.Variable>;
  leftToBeResolved: Scope.Reference[];
}

function removeGlobal(globalScope: Scope.Scope, variable: Scope.Variable): void {
  globalScope.set.delete(variable.name);
  globalScope.variables.splice(globalScope.variables.indexOf(variable), 1);
  const scope = globalScope as Scope.Scope & { through: Scope.Reference[] };
  for (const reference of variable.references) {
    (reference as { resolved: Scope.Variable | null }).resolved = null;
    scope.through.push(reference);
  }
}
