import { used } from './decorated.js';
if (used !== 1) throw new Error('bad');
