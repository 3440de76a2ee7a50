'use strict';
// Hoisted functions that run before a var they read is declared: let/const would throw there.

function calledFirst(name) {
  var log = [];
  announce();
  var prefix = 'Hello, ';
  function announce() {
    log.push('prefix is ' + prefix);
  }
  log.push(prefix + name);
  return log;
}

function throughAnother() {
  start();
  var ready = true;
  function start() {
    return check();
  }
  function check() {
    return ready;
  }
  return [ready, start()];
}

function registeredEarlier(items) {
  var seen = [];
  items.forEach(record);
  var tag = '#';
  function record(item) {
    seen.push(tag + item);
  }
  return seen;
}

function insideACallback(items) {
  var out = init();
  var factor = 2;
  function init() {
    return items.map((item) => item * factor);
  }
  return out;
}

function onlyAfter(value) {
  var scale = 3;
  function times() {
    return value * scale;
  }
  return times();
}

module.exports = { calledFirst, throughAnother, registeredEarlier, insideACallback, onlyAfter };
console.log(JSON.stringify([calledFirst('Ann'), throughAnother(), registeredEarlier(['a']), insideACallback([1, 2]), onlyAfter(2)]));
