const { greet } = require('@mono/b');
const { shared } = require('@mono/b/src/shared');

exports.run = () => greet(shared);
