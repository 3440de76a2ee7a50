'use strict';

exports.value = 42;

exports.unusedLazy = 'nothing reads this';
