exports.pad = function (x) {
  return ' ' + x;
};
exports.shout = function (x) {
  return x.toUpperCase();
};
exports.whisper = function (x) {
  return x.toLowerCase();
};
setInterval(function () {}, 1000);
