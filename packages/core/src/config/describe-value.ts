const LONGEST_SHOWN_STRING = 60;

/** How a config value that was not accepted is shown after "got": `42`, `"recomended"`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > LONGEST_SHOWN_STRING ? `${value.slice(0, LONGEST_SHOWN_STRING)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}
