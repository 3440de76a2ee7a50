exports.double = (n) => n * 2;
exports.triple = (n) => n * 3;
