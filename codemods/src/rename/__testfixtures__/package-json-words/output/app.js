const lib = require('./lib');

module.exports = { run: () => [lib.formatUtil(1), lib.run_task()] };
