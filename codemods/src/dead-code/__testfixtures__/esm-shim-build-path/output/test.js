import assert from 'node:assert';
import { argv } from './index.mjs';
import fs from 'node:fs';
assert.deepStrictEqual(argv(), ['a']);
assert.ok(fs.readFileSync('lib/utils/process-argv.ts', 'utf8').includes('processArgv'));
console.log('ok');
