'use strict';

var json = require('./json');

exports.parse = function parse(text) {
  return json.parseJson(text);
};
