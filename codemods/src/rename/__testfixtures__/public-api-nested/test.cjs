// An external consumer of the package (`node test.cjs <project dir>`): its public names must stay.
const assert = require('assert');
const lib = require(require('path').join(process.argv[2], 'index.js'));
assert.strictEqual(lib.strings.to_title('hello world'), 'Hello World');
assert.strictEqual(lib.numbers.round_to(1.234, 1), '1.2');
assert.strictEqual(lib.dates.iso_day(new Date(Date.UTC(2020, 0, 2))), '2020-01-02');
