import assert from 'node:assert';
import { createRequire } from 'node:module';
import { run } from './src/index.js';
assert.strictEqual(run('upper', 'a'), 'A');
assert.strictEqual('a'.shout(), 'A!');
const use = createRequire(import.meta.url)('./lib-cjs');
assert.strictEqual(use('a'), 1);
console.log('ok');
