const assert = require('assert');
const m = require(require('path').join(process.argv[2], 'app.js'));
assert.strictEqual(m.describe_kind('a', 'b', 'c', 'd'), 'a/b/c:5:d');
assert.strictEqual(new m.Store().Constructor(), 'not the constructor');
assert.strictEqual(new m.Store().__Proto__(), 'not the prototype chain');
