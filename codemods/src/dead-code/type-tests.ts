// Type tests: files a type checker judges (tsd, vitest's typecheck, expect-type, tsc over a test
// folder) and nothing runs or imports. In them a binding nobody reads is the assertion itself:
// `const main = async () => { expectType<User>(await knex('users').first()); }`,
// `type _T1 = ExtendsWitness<Knex<User>, Knex>`, `const x: Expected = make();`.

// by name: `*.test-d.ts` (tsd, vitest), tsd's `test-d/` folder, `*.types.ts` under `test/` or `tests/`
const TYPE_TEST_NAME =
  /(?:^|\/)(?:[^/]+\.test-d\.[cm]?[jt]sx?|test-d\/.+\.[cm]?tsx?|tests?\/(?:.+\/)?[^/]+\.types\.[cm]?ts)$/;

/** By what it imports: the assertions of tsd, tsd-lite, expect-type, or vitest's `expectTypeOf`/`assertType`. */
const TYPE_ASSERTIONS =
  /\bfrom\s*['"](?:tsd|tsd-lite|expect-type|@tsd\/[\w-]+)['"]|\bimport\s*\{[^}]*\b(?:expectTypeOf|assertType)\b[^}]*\}\s*from\s*['"]vitest['"]/;

/**
 * Whether a file is a type test, whose unused imports, locals and type aliases the dead-code
 * codemod leaves as they are (they are what the type checker asserts on).
 * @param path root-relative, `/`-separated
 * @param text the file's text
 */
export function isTypeTest(path: string, text: string): boolean {
  return TYPE_TEST_NAME.test(path) || TYPE_ASSERTIONS.test(text);
}
