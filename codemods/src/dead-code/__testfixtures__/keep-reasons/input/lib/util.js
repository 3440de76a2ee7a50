var helpers = require('./helpers');

function format_legacy(x) {
  return helpers.pad(x);
}

// upkeep-keep: called from the ops console through eval
function debug_dump() {
  return 'dump';
}

module.exports = {
  format_legacy: format_legacy,
  debug_dump: debug_dump,
  shout: helpers.shout,
};
