import { parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { prefix } from './util.js';

parentPort.postMessage(prefix(createHash('sha1').update(workerData).digest('hex')));
