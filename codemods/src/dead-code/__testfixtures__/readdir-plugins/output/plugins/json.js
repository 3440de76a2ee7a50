const { indent } = require('../shared/indent');
module.exports = (rows) => JSON.stringify(rows, null, indent);
