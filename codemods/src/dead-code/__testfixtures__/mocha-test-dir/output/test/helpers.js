exports.fixture = (name) => ({ name });
exports.unusedHelper = () => null;
