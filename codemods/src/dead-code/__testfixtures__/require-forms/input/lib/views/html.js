'use strict';

// `require('../')`: the index of the parent directory
var shared = require('../');

exports.wrap = function wrap(name) {
  return '<p>' + shared.escape(name) + '</p>';
};
