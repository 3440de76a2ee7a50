'use strict';

exports.escape = function escape(text) {
  return String(text).replace(/</g, '&lt;');
};
