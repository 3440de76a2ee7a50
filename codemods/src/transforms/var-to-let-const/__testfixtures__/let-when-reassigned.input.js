function sumUntil(limit, values) {
  var sum = 0;
  var count;
  for (var i = 0; i < values.length; i++) {
    if (sum + values[i] > limit) break;
    sum += values[i];
  }
  count = values.length;
  var [first, rest] = [values[0], values.slice(1)];
  [first] = [rest.length];
  return { sum, count, first };
}

export function lastKey(object) {
  var found = null;
  for (var key in object) found = key;
  for (var value of Object.values(object)) {
    var seen = value;
    found = found || seen;
  }
  return found;
}

export default sumUntil;
