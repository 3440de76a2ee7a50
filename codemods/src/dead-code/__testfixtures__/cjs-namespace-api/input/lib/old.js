exports.old = true;
