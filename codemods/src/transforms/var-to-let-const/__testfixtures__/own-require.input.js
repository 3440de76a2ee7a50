// A function named require is no sign of CommonJS: this is a script, its top-level vars stay.
var modules = {};
function require(name) {
  var found = modules[name];
  return found;
}
var first = require('a');
console.log(JSON.stringify([first === undefined]));
