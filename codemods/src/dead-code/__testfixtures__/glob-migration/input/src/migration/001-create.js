module.exports = { up: (s) => ({ ...s, created: true }) };
