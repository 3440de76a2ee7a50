import type { NameKind } from './convention.js';

/** ECMAScript's reserved words (ES2015+), never an identifier. */
const ES_RESERVED =
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with';
/** Reserved in strict mode (every module and class body) and, for `await`, in modules. */
const STRICT_RESERVED = 'implements interface let package private protected public static yield await';
/** Allowed as names but never to be created by a rename: strict mode forbids binding them, or they shadow a global value. */
const VALUE_FORBIDDEN = 'arguments eval undefined NaN Infinity globalThis';
/** TypeScript: names a class, interface, type alias or enum cannot have. */
const TYPE_FORBIDDEN =
  'any unknown never number string boolean symbol object bigint void undefined null this type keyof infer is asserts unique readonly satisfies as require exports module';
/** Members whose name has a meaning of its own. */
const MEMBER_FORBIDDEN = 'constructor prototype __proto__';

const words = (list: string): Set<string> => new Set(list.split(' '));
const VALUE_NAMES = words(`${ES_RESERVED} ${STRICT_RESERVED} ${VALUE_FORBIDDEN}`);
const TYPE_NAMES = words(`${ES_RESERVED} ${STRICT_RESERVED} ${VALUE_FORBIDDEN} ${TYPE_FORBIDDEN}`);
const MEMBER_NAMES = words(MEMBER_FORBIDDEN);
const ENUM_MEMBER_NAMES = words(`${ES_RESERVED} ${STRICT_RESERVED} ${MEMBER_FORBIDDEN}`);

const TYPE_KINDS: ReadonlySet<NameKind> = new Set(['class', 'interface', 'typeAlias', 'enum']);

/**
 * Whether a rename must never produce this name for this kind: a reserved word of ECMAScript or
 * of strict mode (`enum`, `package`, `interface`, `let`, `await`…), `arguments`/`eval` and the
 * global values for variables, functions and parameters; TypeScript's built-in type names for
 * types; `constructor`, `prototype` and `__proto__` for methods and properties (which may
 * otherwise be keywords: `obj.delete()` is valid).
 */
export function isForbiddenName(name: string, kind: NameKind): boolean {
  const bare = name.startsWith('#') ? name.slice(1) : name;
  if (kind === 'method' || kind === 'property') return MEMBER_NAMES.has(bare);
  if (kind === 'enumMember') return ENUM_MEMBER_NAMES.has(bare);
  return (TYPE_KINDS.has(kind) ? TYPE_NAMES : VALUE_NAMES).has(bare);
}
