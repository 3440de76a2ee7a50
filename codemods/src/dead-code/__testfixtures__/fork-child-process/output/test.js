const assert = require('assert');
const { runJob, version } = require('./lib');
assert.strictEqual(version(), 'fork-child-process@1.0.0');
runJob(7).then((n) => {
  assert.strictEqual(n, 49);
  console.log('ok');
});
