import { handlers } from './registry.js';
import './builtin-handlers.js'; // imported for its registrations
import './polyfill-user.js';

export function run(name, input) {
  const fn = handlers.get(name);
  if (!fn) throw new Error('no handler ' + name);
  return fn(input);
}
