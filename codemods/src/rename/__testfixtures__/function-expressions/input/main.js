'use strict';
var response = require('./lib/response');

function run() {
  var reply = response.makeReply('hello').add_part('world');
  var target = response.setHeader.call({}, 'x-a', '1');
  return {
    parts: reply.parts,
    status: response.res.set_status(201).statusCode,
    headers: target.headers,
    all: response.readAll([1, 2]),
    started: response.started,
  };
}

module.exports = { run: run };
