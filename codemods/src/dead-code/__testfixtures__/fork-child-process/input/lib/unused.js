module.exports = function unused() {};
