// The library is exposed as namespace objects of sub-modules.
module.exports = {
  strings: require('./lib/strings'),
};
module.exports.numbers = require('./lib/numbers');
module.exports.dates = require('./lib/dates').api;
