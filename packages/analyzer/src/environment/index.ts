export { detectEnvironments } from './detect.js';
export { summarizeEnvironments } from './summary.js';
export { environmentModelOf } from './model-view.js';
