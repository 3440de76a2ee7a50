'use strict';
var util = require('util');

// methods assigned as properties: functions (not classes), whatever they do with `this`
var res = {};
res.set_status = function set_status(code) {
  this.statusCode = code;
  return this;
};
res.init = function init() {
  this.ready = true;
  return this;
};

// an object literal's method: the key is renamed, and the function's own name with it
var helpers = {
  format_body: function format_body(body) {
    return String(body);
  },
};

// constructors, by evidence: `new`, `.prototype`, util.inherits
function base_reply() {
  this.parts = [];
}
function text_reply(text) {
  base_reply.call(this);
  this.parts.push(text);
}
util.inherits(text_reply, base_reply);
text_reply.prototype.add_part = function add_part(part) {
  this.parts.push(part);
  return this;
};

// a plain function that uses `this` is still a function
function set_header(name, value) {
  this.headers = this.headers || {};
  this.headers[name] = value;
  return this;
}

// a variable holding a function of another name; a callback; an IIFE
var make_reply = function build_reply(text) {
  return new text_reply(text);
};
var read_all = function read_all(list) {
  return list.map(function map_item(item) {
    return helpers.format_body(item);
  });
};
var started = (function start_up() {
  return true;
})();

module.exports = {
  res: res,
  helpers: helpers,
  setHeader: set_header,
  makeReply: make_reply,
  readAll: read_all,
  started: started,
};
