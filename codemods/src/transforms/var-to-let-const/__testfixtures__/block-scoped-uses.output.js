exports.classify = function classify(items) {
  const result = [];
  for (var index = 0; index < items.length; index++) {
    const item = items[index];
    if (item.ok) {
      const message = 'ok: ' + item.name;
      result.push(message);
    }
  }
  return result.concat([index]);
};

exports.firstError = function firstError(lines) {
  try {
    var parsed = JSON.parse(lines);
  } catch (error) {
    return error;
  }
  return parsed;
};
