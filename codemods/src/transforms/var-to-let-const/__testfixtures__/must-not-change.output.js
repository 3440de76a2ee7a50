// A browser script: its top-level vars are properties of window.
var appName = 'legacy';

function hoisting() {
  log(counter);
  var counter = 1;
  function log(value) {
    return value + helper;
  }
  var helper = 2;
  return log(counter);
}

function redeclared(flag) {
  var mode = 'a';
  if (flag) {
    var mode = 'b';
  }
  return mode;
}

function closures(handlers) {
  for (var i = 0; i < 3; i++) {
    var label = 'item ' + i;
    handlers.push(function () {
      return label + i;
    });
  }
  while (handlers.length < 5) {
    var pending;
    if (!pending) pending = handlers.length;
    handlers.push(pending);
  }
  return handlers;
}

function braceless(ok) {
  if (ok) var result = 1;
  return result;
}

function dynamic(code) {
  var secret = 42;
  return eval(code);
}

function switches(kind) {
  switch (kind) {
    case 1:
      var size = 10;
      break;
    case 2:
      size = 20;
      break;
  }
  return size;
}
