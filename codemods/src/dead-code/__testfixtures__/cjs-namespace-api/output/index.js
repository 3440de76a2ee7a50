module.exports = {
  strings: require('./lib/strings'),
  numbers: require('./lib/numbers'),
};
module.exports.extra = require('./lib/extra');
