const report = require('./lib/report');

console.log(report.printLine({ gross: 120 }));
