/**
 * Names of ESLint rules inside upkeep's oxlint JS plugin. oxlint reserves the names of the plugins
 * it implements natively (eslint, typescript…), so the bridge plugin carries every rule under one
 * plugin name, each rule named by its ESLint id with `@` dropped and `/` spelled `__`.
 */
export function bridgeRuleName(eslintRuleId: string): string {
  return eslintRuleId.replace(/^@/, '').replace(/\//g, '__');
}
