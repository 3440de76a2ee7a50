'use strict';

// the package required by its own name, as tests of a published package do
var assert = require('assert');
var app = require('reqforms');
var extra = require('reqforms/lib/extra');

assert.strictEqual(typeof app.create, 'function');
assert.strictEqual(extra.extra(), 'extra');
console.log('own name ok');
