// The page: both scripts run in one global scope, in the order index.html loads them.
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const dir = process.argv[2];
const page = vm.createContext({});
for (const script of ['cart.js', 'checkout.js'])
  vm.runInContext(fs.readFileSync(path.join(dir, 'public/js', script), 'utf8'), page, { filename: script });
const total = Object.keys(page).find((name) => /^checkout.?total$/i.test(name));
assert.strictEqual(page[total]({ a: 2, b: 5 }), 9);
