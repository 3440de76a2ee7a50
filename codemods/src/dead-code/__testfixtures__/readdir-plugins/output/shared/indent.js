exports.indent = 2;
