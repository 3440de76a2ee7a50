// Statement counting fixture: the worked example of the scoring documentation.
// Expected statements: 12
// A line ending in "// n" starts n statements; every other line starts none.
'use strict'; // 1 (a directive)
var fs = require('fs'); // 1 (a declaration)
function readConfig(path) { // 1 (a function declaration)
  let text; // 1
  try { // 1 (the try; its blocks and the catch clause are not counted)
    text = fs.readFileSync(path, 'utf8'); // 1
  } catch (error) {
    return {}; // 1
  }
  for (const line of text.split('\n')) { // 1 (the loop; `const line` is part of it)
    if (line.startsWith('#')) continue; // 2 (the if and the continue)
  }
  return JSON.parse(txt); // 1
}
module.exports = { readConfig }; // 1
