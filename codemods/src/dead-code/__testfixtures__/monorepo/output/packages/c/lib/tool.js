module.exports = { tool: 1 };
