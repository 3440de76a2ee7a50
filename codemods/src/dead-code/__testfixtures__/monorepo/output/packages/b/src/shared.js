exports.shared = 'shared';
