// the published API, read as data (nothing compiles it here)
const assert = require('assert');
const fs = require('fs');
assert.ok(fs.readFileSync('src/units.ts', 'utf8').includes('MB'));
assert.ok(fs.readFileSync('src/format.ts', 'utf8').includes('export function format'));
console.log('ok');
