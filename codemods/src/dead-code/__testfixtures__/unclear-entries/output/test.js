import assert from 'node:assert';
import { api } from './lib/index.js';
import { maybePublic } from './lib/helper.js';
assert.strictEqual(api(), 'h');
assert.strictEqual(maybePublic(), 'p');
console.log('ok');
