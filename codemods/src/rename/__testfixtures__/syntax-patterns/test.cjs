// Run as `node test.cjs <project dir>` before and after the rename: same behaviour.
const assert = require('assert');
const m = require(require('path').join(process.argv[2], 'index.js'));
assert.deepStrictEqual(m.splitOptions({ verbose: 1, a: 1, b: 2 }), { verbose: true, keys: ['a', 'b'] });
assert.deepStrictEqual(m.firstAndRest([1, 2, 3]), { first_item: 1, count: 2 });
assert.deepStrictEqual(m.withDefaults({ min_size: 2, total_size: 5 }, []), { max_size: 10, total_size: 5, head_val: 1 });
assert.deepStrictEqual(m.withDefaults(), { max_size: 10, total_size: 10, head_val: 1 });
assert.deepStrictEqual(m.collect([{ row_id: 1, a: 1 }, { row_id: -1 }]), [{ row_id: 1, size: 1 }]);
