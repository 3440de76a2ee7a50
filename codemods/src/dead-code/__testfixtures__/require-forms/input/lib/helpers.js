'use strict';

// published as `require('reqforms').helpers`: public API, all of it
exports.upper = function upper(text) {
  return text.toUpperCase();
};

exports.lower = function lower(text) {
  return text.toLowerCase();
};
