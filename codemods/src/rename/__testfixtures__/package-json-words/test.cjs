const assert = require('assert');
const m = require(require('path').join(process.argv[2], 'app.js'));
assert.deepStrictEqual(m.run(), ['<1>', 'ran']);
