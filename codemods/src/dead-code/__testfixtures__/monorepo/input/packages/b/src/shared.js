exports.shared = 'shared';
exports.unused = 'unused';
