'use strict';

exports.old = true;
