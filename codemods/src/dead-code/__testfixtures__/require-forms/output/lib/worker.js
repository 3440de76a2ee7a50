'use strict';

process.stdout.write('worker');
