const lib = require('./lib');

module.exports = { run: () => [lib.format_util(1), lib.run_task()] };
