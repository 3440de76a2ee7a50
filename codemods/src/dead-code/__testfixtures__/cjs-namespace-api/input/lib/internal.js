exports.helper = (s) => s;
exports.unusedInternal = () => 0;
