'use strict';

module.exports = require('./lib/app');
