// Loads handlers by name; the names come from config.json.
var path = require('path');
var config = require('./config.json');
var util = require('./lib/util');

function load(name) {
  return require(path.join(__dirname, 'handlers', name + '.js'));
}

module.exports = { handlers: config.handlers.map(load), shout: util.shout };
