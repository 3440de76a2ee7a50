const assert = require('assert');
const plugins = require('./');
assert.deepStrictEqual(Object.keys(plugins).sort(), ['csv', 'json']);
assert.strictEqual(plugins.csv([[1, 2]]), '1,2');
assert.strictEqual(plugins.json([1]), '[\n  1\n]');
console.log('ok');
