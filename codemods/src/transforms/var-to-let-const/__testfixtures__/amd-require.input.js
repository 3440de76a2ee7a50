// require([...], fn) is AMD too: top-level vars stay.
var config = { baseUrl: 'lib' };
require(['app'], function (app) {
  var started = app.start(config);
  return started;
});
