'use strict';

// reached only by the package's own name: require('reqforms/lib/extra')
exports.extra = function extra() {
  return 'extra';
};
