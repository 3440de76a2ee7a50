const assert = require('assert');
assert.deepStrictEqual(require('..').parse('a,b'), ['a', 'b']);
