import { Worker } from 'node:worker_threads';

export function hashInWorker(text) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./hash-worker.js', import.meta.url), { workerData: text });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
