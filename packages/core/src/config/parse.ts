import { z } from 'zod';
import { closestName } from './closest-name.js';
import { describeValue } from './describe-value.js';
import { CONFIG_FIELDS, UpkeepConfigSchema, type ConfigField, type UpkeepConfig } from './schema.js';

export type ParseUpkeepConfigResult = { ok: true; config: UpkeepConfig } | { ok: false; errors: string[] };

const FIELD_NAMES = Object.keys(CONFIG_FIELDS) as ConfigField[];

function isField(name: PropertyKey | undefined): name is ConfigField {
  return typeof name === 'string' && Object.hasOwn(CONFIG_FIELDS, name);
}

/** `["include", 2]` → `"include[2]"`, `["categories", "no-var"]` → `"categories.no-var"`. */
function fieldPath(path: readonly PropertyKey[]): string {
  const text = path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
  return JSON.stringify(text);
}

/** The fields of the object at `path` (the top level, or an object field such as `gate`). */
function fieldsAt(path: readonly PropertyKey[]): readonly string[] {
  let schema: z.ZodType = UpkeepConfigSchema;
  for (const segment of path) {
    while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    if (!(schema instanceof z.ZodObject) || typeof segment !== 'string') return [];
    const next = (schema.shape as Record<string, z.ZodType | undefined>)[segment];
    if (next === undefined) return [];
    schema = next;
  }
  while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unknownFieldErrors(keys: readonly string[], under: readonly PropertyKey[]): string[] {
  const known = under.length === 0 ? FIELD_NAMES : fieldsAt(under);
  return keys.map((key) => {
    const suggestion = closestName(key, known);
    const hint = suggestion === undefined ? `known: ${known.join(', ')}` : `did you mean "${suggestion}"?`;
    return `${fieldPath([...under, key])}: unknown field (${hint})`;
  });
}

function expectationAt(path: readonly PropertyKey[]): string {
  const field = path[0];
  if (!isField(field)) return 'a JSON object with upkeep settings';
  const spec: { expected: string; expectedItem?: string } = CONFIG_FIELDS[field];
  return path.length > 1 && spec.expectedItem !== undefined ? spec.expectedItem : spec.expected;
}

function describeIssue(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') return unknownFieldErrors(issue.keys, issue.path);
  // custom issues come from the formula parser and already say what is wrong and where
  const problem =
    issue.code === 'custom'
      ? issue.message
      : `expected ${expectationAt(issue.path)}, got ${describeValue(issue.input)}`;
  return [issue.path.length === 0 ? problem : `${fieldPath(issue.path)}: ${problem}`];
}

/**
 * Validates the parsed JSON of an upkeep config file. Every error names the file, the field and
 * what the field expects, e.g. `upkeep.config.json: "failUnder": expected a number from 0 to 10, got 12`.
 */
export function parseUpkeepConfig(json: unknown, fileName: string): ParseUpkeepConfigResult {
  const parsed = UpkeepConfigSchema.safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, errors: parsed.error.issues.flatMap(describeIssue).map((error) => `${fileName}: ${error}`) };
}
