require('./plugins');

module.exports = function use(name) {
  return globalThis.__plugins[name];
};
