const { add } = require('./math');
module.exports = { add };
