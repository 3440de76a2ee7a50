module.exports = 'stale';
