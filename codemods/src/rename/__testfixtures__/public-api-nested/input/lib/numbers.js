const pad_left = require('./pad');
exports.round_to = function (value, places) {
  const factor = 10 ** places;
  return pad_left(String(Math.round(value * factor) / factor), 1);
};
