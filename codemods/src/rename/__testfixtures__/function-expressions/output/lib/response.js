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
  formatBody: function formatBody(body) {
    return String(body);
  },
};

// constructors, by evidence: `new`, `.prototype`, util.inherits
function BaseReply() {
  this.parts = [];
}
function TextReply(text) {
  BaseReply.call(this);
  this.parts.push(text);
}
util.inherits(TextReply, BaseReply);
TextReply.prototype.add_part = function add_part(part) {
  this.parts.push(part);
  return this;
};

// a plain function that uses `this` is still a function
function setHeader(name, value) {
  this.headers = this.headers || {};
  this.headers[name] = value;
  return this;
}

// a variable holding a function of another name; a callback; an IIFE
var makeReply = function buildReply(text) {
  return new TextReply(text);
};
var readAll = function readAll(list) {
  return list.map(function mapItem(item) {
    return helpers.formatBody(item);
  });
};
var started = (function startUp() {
  return true;
})();

module.exports = {
  res: res,
  helpers: helpers,
  setHeader: setHeader,
  makeReply: makeReply,
  readAll: readAll,
  started: started,
};
