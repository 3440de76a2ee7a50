'use strict';

var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');
var childProcess = require('child_process');
var reqforms = require('./');

var app = reqforms.create();
assert.deepStrictEqual(app.parse('{"a":1}'), { a: 1 });
assert.strictEqual(app.render('<b>'), '<p>&lt;b></p>');
assert.strictEqual(app.describe(), 'reqforms');
assert.strictEqual(reqforms.helpers.upper('a'), 'A');
assert.strictEqual(reqforms.lazyValue(), 42);
assert.ok(fs.existsSync(reqforms.workerPath));
assert.strictEqual(reqforms.defaults.accept, '*/*');

// the package by its own name, from a node_modules folder outside the project
var modules = fs.mkdtempSync(path.join(os.tmpdir(), 'reqforms-'));
fs.symlinkSync(__dirname, path.join(modules, 'reqforms'), 'dir');
var run = childProcess.spawnSync(process.execPath, [path.join('test', 'own-name.test.js')], {
  cwd: __dirname,
  encoding: 'utf8',
  env: Object.assign({}, process.env, { NODE_PATH: modules }),
});
fs.rmSync(modules, { recursive: true, force: true });
assert.strictEqual(run.status, 0, run.stderr);

reqforms.loadEsm().then(function (esm) {
  assert.strictEqual(esm.esm, 'loaded');
  console.log('ok');
});
