const assert = require('assert');
const { migrate } = require('./src');
assert.deepStrictEqual(migrate({}), { created: true, renamed: true });
console.log('ok');
