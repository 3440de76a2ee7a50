function sumUntil(limit, values) {
  let sum = 0;
  let count;
  for (let i = 0; i < values.length; i++) {
    if (sum + values[i] > limit) break;
    sum += values[i];
  }
  count = values.length;
  let [first, rest] = [values[0], values.slice(1)];
  [first] = [rest.length];
  return { sum, count, first };
}

export function lastKey(object) {
  let found = null;
  for (const key in object) found = key;
  for (const value of Object.values(object)) {
    const seen = value;
    found = found || seen;
  }
  return found;
}

export default sumUntil;
