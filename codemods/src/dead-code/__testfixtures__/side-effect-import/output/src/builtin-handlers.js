import { register } from './registry.js';

register('upper', (s) => s.toUpperCase());
