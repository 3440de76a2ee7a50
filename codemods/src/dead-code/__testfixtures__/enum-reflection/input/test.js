// reads the TypeScript sources as data (nothing runs them here): the names must still be there
const assert = require('assert');
const fs = require('fs');
const levels = fs.readFileSync('src/levels.ts', 'utf8');
for (const name of ['Debug', 'Info', 'Warn']) assert.ok(levels.includes(name), name);
const colors = fs.readFileSync('src/colors.ts', 'utf8');
assert.ok(colors.includes('red') && colors.includes('green'));
const registry = fs.readFileSync('src/registry.ts', 'utf8');
assert.ok(registry.includes('alpha') && registry.includes('beta'));
console.log('ok');
