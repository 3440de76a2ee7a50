// Statement counting fixture: an ES module with the everyday statements.
// Expected statements: 25
// A line ending in "// n" starts n statements; every other line starts none.
'use strict'; // 1 (a directive is an expression statement)
import fs from 'node:fs'; // 1
import { join, resolve } from 'node:path'; // 1

const root = resolve('.'), cache = new Map(); // 1 (one declaration, two declarators)
let hits = 0; // 1

function read(name) { // 1
  if (cache.has(name)) { // 1
    hits++; // 1
    return cache.get(name); // 1
  } else if (name === '') { // 1 (an else-if is an if statement; the else itself is not)
    throw new Error('empty name'); // 1
  }
  const text = fs.readFileSync(join(root, name), 'utf8'); // 1
  cache.set(name, text); // 1
  return text; // 1
}

for (let i = 0; i < 3; i++) read(`part${i}.txt`); // 2 (the loop and its body; `let i` belongs to the loop)

for (const name of ['a', 'b']) { // 1
  try { // 1
    read(name); // 1
  } catch (error) {
    console.error(error); // 1
  } finally {
    hits = 0; // 1
  }
}

const sizes = ['x', 'y'].map((name) => read(name).length); // 1 (an arrow's expression body is not a statement)
const lengths = ['x'].map((name) => { // 1
  return read(name).length; // 1 (a block body holds statements)
});
;{ } // 0 (an empty statement and a block)

export { read, sizes, lengths }; // 1
