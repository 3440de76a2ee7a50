// CommonJS in sloppy mode (no 'use strict'): parsed as a script, where this is all valid.
var util = require('util');
var package = { name: 'legacy' };
var mode = 010;
function describe(obj) {
  var out;
  with (obj) {
    out = name;
  }
  return out;
}
module.exports = { describe: describe, mode: mode };
console.log(JSON.stringify([describe(package), mode, typeof util.format]));
