module.exports = { handle: function () { return 'sent'; }, unusedButLoaded: 1 };
