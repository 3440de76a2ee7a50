module.exports = { up: (s) => ({ ...s, renamed: true }) };
