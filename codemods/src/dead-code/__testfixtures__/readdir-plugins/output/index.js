const fs = require('fs');
const path = require('path');

const plugins = {};
const dir = path.join(__dirname, 'plugins');
for (const name of fs.readdirSync(dir)) {
  plugins[path.basename(name, '.js')] = require(path.join(dir, name));
}

module.exports = plugins;
