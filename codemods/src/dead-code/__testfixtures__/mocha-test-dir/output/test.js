// what mocha would do, without mocha: every file of test/ is loaded and its tests run
const assert = require('assert');
const fs = require('fs');
const tests = [];
global.describe = (name, body) => body();
global.it = (name, fn) => tests.push(fn);
for (const f of fs.readdirSync('test')) if (f.endsWith('.js') && f !== 'helpers.js') require('./test/' + f);
assert.strictEqual(tests.length, 2);
tests.forEach((t) => t());
console.log('ok');
