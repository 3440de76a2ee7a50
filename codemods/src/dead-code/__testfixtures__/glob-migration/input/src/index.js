const { loadMigrations } = require('./loader');

function migrate(state) {
  return loadMigrations(__dirname + '/migration/*{.js,.ts}').reduce((s, m) => m.up(s), state);
}

module.exports = { migrate };
