const assert = require('assert');
const { count } = require('../lib/parse');
assert.strictEqual(count('a,b'), 2);
