// Statement counting fixture: a sloppy-mode CommonJS script, the way old Node code was written.
// Expected statements: 37
// A line ending in "// n" starts n statements; every other line starts none.
var util = require('util'), path = require('path'); // 1

var defaults = { // 1
  depth: 2,
  format: function (value) { // 0 (an object literal member is not a statement...)
    return util.inspect(value); // 1 (...but its body holds statements)
  },
  get label() {
    return 'legacy'; // 1
  },
};

function walk(tree, visit) { // 1
  var stack = [tree]; // 1
  var node; // 1
  do { // 1
    node = stack.pop(); // 1
    if (!node) continue; // 2 (the if and the continue)
    for (var key in node.children) stack.push(node.children[key]); // 2 (`var key` belongs to the loop)
  } while (stack.length); // 0 (ends the do-while counted above)
}

function find(grid, wanted) { // 1
  outer: for (var row = 0; row < grid.length; row++) { // 2 (the label and its loop)
    for (var col = 0; col < grid[row].length; col++) { // 1
      if (grid[row][col] === wanted) break outer; // 2
    }
  }
  return row; // 1
}

function describe(kind) { // 1
  switch (kind) { // 1
    case 'a':
    case 'b':
      return 'letter'; // 1
    case 1:
      debugger; // 1
      break; // 1
    default:
      throw new TypeError('unknown kind'); // 1
  }
}

with (path) { // 1
  defaults.sep = sep; // 1
}

while (defaults.depth > 0) defaults.depth--; // 2

(function () { // 1 (an IIFE is an expression statement)
  'use strict'; // 1
  walk({ children: [] }, describe); // 1
})();

if (require.main !== module) { // 1
  module.exports = { walk: walk, find: find, defaults: defaults }; // 1
  return; // 1 (CommonJS allows a top-level return)
}
console.log(find([[1, 2]], 2)); // 1
