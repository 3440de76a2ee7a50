const assert = require('assert');
const api = require('./');
assert.strictEqual(api.strings.shout('a'), 'A');
assert.strictEqual(api.strings.whisper('A'), 'a');
assert.strictEqual(api.numbers.triple(2), 6);
console.log('ok');
