const padLeft = require('./pad');
exports.round_to = function (value, places) {
  const factor = 10 ** places;
  return padLeft(String(Math.round(value * factor) / factor), 1);
};
