// Behaviour before and after the rename: results, and every method's `.name` still equals its property's name.
const assert = require('node:assert');
const path = require('node:path');
const dir = process.argv[2];
const { run } = require(path.join(dir, 'main.js'));
assert.deepStrictEqual(run(), {
  parts: ['hello', 'world'],
  status: 201,
  headers: { 'x-a': '1' },
  all: ['1', '2'],
  started: true,
});
const response = require(path.join(dir, 'lib/response.js'));
const reply = response.makeReply('x');
const objects = [response.res, response.helpers, Object.getPrototypeOf(reply)];
for (const object of objects)
  for (const key of Object.keys(object))
    if (typeof object[key] === 'function') assert.strictEqual(object[key].name, key, `${key}'s function name`);
