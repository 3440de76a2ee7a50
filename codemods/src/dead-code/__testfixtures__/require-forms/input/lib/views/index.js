'use strict';

var html = require('./html');

exports.render = function render(name) {
  return html.wrap(name);
};
