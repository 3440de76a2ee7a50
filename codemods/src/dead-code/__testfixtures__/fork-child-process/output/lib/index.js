const { fork, spawnSync } = require('child_process');
const path = require('path');

function runJob(input) {
  return new Promise((resolve) => {
    const child = fork(path.join(__dirname, 'jobs', 'square.js'), [String(input)]);
    child.on('message', resolve);
  });
}

function version() {
  return spawnSync(process.execPath, [__dirname + '/tools/version.js'], { encoding: 'utf8' }).stdout.trim();
}

module.exports = { runJob, version };
