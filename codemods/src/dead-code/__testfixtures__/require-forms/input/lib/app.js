'use strict';

var proto = require('./proto');
var parsers = require('./parsers/');
var views = require('./views');

exports.helpers = require('./helpers');

exports.create = function create() {
  var app = Object.create(proto);
  app.parse = parsers.parse;
  app.render = views.render;
  return app;
};

if (process.env.REQFORMS_LEGACY) {
  exports.legacy = require('./legacy');
}

exports.lazyValue = function lazyValue() {
  return require('./lazy').value;
};

exports.workerPath = require.resolve('./worker');

exports.loadEsm = function loadEsm() {
  return import('./esm.mjs');
};

// strings with a `*` that name no file: a media type, an Accept header, a cron line, a bare `**`,
// a regular expression, a directory that does not exist
exports.defaults = {
  accept: '*/*',
  types: ['text/*', 'image/*'],
  schedule: '*/5 * * * *',
  watch: '**',
  route: '^/api/.*$',
  uploads: 'tmp/uploads/*',
};
