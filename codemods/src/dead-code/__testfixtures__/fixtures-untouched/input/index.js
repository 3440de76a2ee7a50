const path = require('path');
const unusedFs = require('fs');
exports.fixture = (name) => require(path.join(__dirname, 'test', 'fixtures', name));
