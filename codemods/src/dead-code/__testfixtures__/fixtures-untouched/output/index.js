const path = require('path');
exports.fixture = (name) => require(path.join(__dirname, 'test', 'fixtures', name));
