/**
 * The lint engine the suite runs under: `UPKEEP_ENGINE` (`oxlint` | `eslint`), which vitest's
 * `engine-eslint` project sets for the tests whose results come from an engine, or `undefined`
 * for the default engine (oxlint for the recommended preset). Tests that call the analyzer
 * directly pass it as `engine`; CLI runs read the variable themselves.
 */
export function engineUnderTest(): 'oxlint' | 'eslint' | undefined {
  const value = process.env.UPKEEP_ENGINE;
  if (value === undefined || value === '') return undefined;
  if (value === 'oxlint' || value === 'eslint') return value;
  throw new Error(`UPKEEP_ENGINE: expected oxlint or eslint, got "${value}"`);
}

/** The engine name a report made under {@link engineUnderTest} gives for the recommended preset. */
export function engineNameUnderTest(): 'oxlint' | 'eslint' {
  return engineUnderTest() ?? 'oxlint';
}
