const plugins = require('./plugins');
const unusedPure = require('./pure');

module.exports = function use(name) {
  return globalThis.__plugins[name];
};
