'use strict';

// a script that reads the parsers directory: its files are also imported, and reached that way first
var fs = require('fs');
var path = require('path');

console.log(fs.readdirSync(path.join(__dirname, '..', 'lib', 'parsers')).join('\n'));
