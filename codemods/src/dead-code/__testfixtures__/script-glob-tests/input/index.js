const { parse } = require('./lib/parse');
module.exports = { parse };
