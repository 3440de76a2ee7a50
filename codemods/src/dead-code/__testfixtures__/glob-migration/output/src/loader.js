const fs = require('fs');
const path = require('path');

// loads every file matching a simple `dir/*{.a,.b}` pattern, in name order
function loadMigrations(pattern) {
  const dir = path.dirname(pattern);
  const exts = pattern.slice(pattern.indexOf('{') + 1, -1).split(',');
  return fs.readdirSync(dir).filter((f) => exts.includes(path.extname(f))).sort().map((f) => require(path.join(dir, f)));
}

module.exports = { loadMigrations };
