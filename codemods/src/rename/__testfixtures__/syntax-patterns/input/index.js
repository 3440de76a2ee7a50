const { splitOptions, firstAndRest, withDefaults, collect } = require('./lib/patterns');
module.exports = { splitOptions, firstAndRest, withDefaults, collect };
