/** eslint-plugin-sonarjs keeps each rule in its own folder, named by Sonar's key. */
export const SONARJS_KEYS: Readonly<Record<string, string>> = {
  'no-commented-code': 'S125',
  'fixme-tag': 'S1134',
  'todo-tag': 'S1135',
  'prefer-single-boolean-return': 'S1126',
  'no-inverted-boolean-check': 'S1940',
  'no-identical-functions': 'S4144',
  'no-collapsible-if': 'S1066',
  'no-all-duplicated-branches': 'S3923',
  'cognitive-complexity': 'S3776',
  'no-duplicate-string': 'S1192',
};

/** The sonarjs rule id of a Sonar key's folder ("S125" → "sonarjs/no-commented-code"). */
export const SONARJS_RULE_OF_KEY: ReadonlyMap<string, string> = new Map(
  Object.entries(SONARJS_KEYS).map(([name, key]) => [key, `sonarjs/${name}`]),
);
