'use strict';

exports.name = 'reqforms';

exports.describe = function describe() {
  return this.name;
};
