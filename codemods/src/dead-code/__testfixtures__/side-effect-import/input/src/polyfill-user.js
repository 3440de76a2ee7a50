import './install-trim.js';

export const polyfilled = true;
