import './install-trim.js';
