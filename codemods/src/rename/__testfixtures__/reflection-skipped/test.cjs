const assert = require('assert');
const m = require(require('path').join(process.argv[2], 'app.js'));
assert.deepStrictEqual(m.run(), ['started', 1, ['log_debug', 'log_info'], { max_items: 3 }, ['dark_red'], '{"total_count":2}']);
