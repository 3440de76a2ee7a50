const { name } = require('@mono/a/src/name');

exports.greet = (x) => `hello ${x} from ${name}`;
