export { formatDelta, formatScore } from './score.js';
