exports.indent = 2;
exports.unusedWidth = 80;
