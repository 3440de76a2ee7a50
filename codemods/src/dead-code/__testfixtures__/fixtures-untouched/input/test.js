const assert = require('assert');
assert.strictEqual(require('./').fixture('sample.js').value, 1);
console.log('ok');
