module.exports = { pure: true };
