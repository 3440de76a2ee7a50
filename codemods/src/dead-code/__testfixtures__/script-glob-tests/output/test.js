const fs = require('fs');
for (const f of fs.readdirSync('tests')) if (/^test-.*\.js$/.test(f)) require('./tests/' + f);
console.log('ok');
