'use strict';

exports.parseJson = function parseJson(text) {
  return JSON.parse(text);
};
