const assert = require('assert');
const { sub } = require('../lib/math');
assert.strictEqual(sub(3, 1), 2);
