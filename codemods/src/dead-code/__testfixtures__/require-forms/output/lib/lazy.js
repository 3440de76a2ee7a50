'use strict';

exports.value = 42;
