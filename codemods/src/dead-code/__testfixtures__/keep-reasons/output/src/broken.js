var helpers = require('../lib/helpers');
<<<<<<< HEAD
helpers.whisper('a');
=======
