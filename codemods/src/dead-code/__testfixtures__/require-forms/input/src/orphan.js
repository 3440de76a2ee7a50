'use strict';

// nothing loads this file
module.exports = function orphan() {
  return 'orphan';
};
