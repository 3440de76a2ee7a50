const assert = require('assert');
require('./checks/math.check.js');
assert.strictEqual(require('./lib').add(1, 2), 3);
console.log('ok');
