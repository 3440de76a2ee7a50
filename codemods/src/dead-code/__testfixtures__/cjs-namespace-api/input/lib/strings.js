const { helper } = require('./internal');

function shout(s) {
  return s.toUpperCase();
}

function whisper(s) {
  return helper(s.toLowerCase());
}

module.exports = { shout, whisper };
