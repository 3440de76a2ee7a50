import { register } from './registry.js';

register('upper', (s) => s.toUpperCase());

export const BUILTIN_VERSION = 2;
