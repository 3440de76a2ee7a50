exports.name = 'a';
exports.other = 'other';
