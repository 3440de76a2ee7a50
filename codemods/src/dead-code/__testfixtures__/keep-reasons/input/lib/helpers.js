exports.pad = function (x) {
  return ' ' + x;
};
exports.shout = function (x) {
  return x.toUpperCase();
};
exports.whisper = function (x) {
  return x.toLowerCase();
};
exports.counter = setInterval(function () {}, 1000);
