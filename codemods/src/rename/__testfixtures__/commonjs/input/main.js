const report = require('./lib/report');

console.log(report.print_line({ gross: 120 }));
