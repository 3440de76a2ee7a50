module.exports = 'not a test, not used';
