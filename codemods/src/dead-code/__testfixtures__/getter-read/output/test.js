const assert = require('assert');
const { restartAnimation, requireDbSettings, pureReads, thisRead } = require('./index');
const log = [];
const el = {
  classList: { remove: (c) => log.push('remove ' + c), add: (c) => log.push('add ' + c) },
  get offsetWidth() { log.push('reflow'); return 10; },
};
restartAnimation(el);
assert.deepStrictEqual(log, ['remove run', 'reflow', 'add run']);
assert.throws(() => requireDbSettings({}), TypeError);
assert.strictEqual(pureReads(), 'pure');
let read = 0;
assert.strictEqual(thisRead.call({ get size() { read++; return 1; } }), 'this');
assert.strictEqual(read, 1);
console.log('ok');
