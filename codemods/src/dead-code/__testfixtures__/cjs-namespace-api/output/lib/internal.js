exports.helper = (s) => s;
