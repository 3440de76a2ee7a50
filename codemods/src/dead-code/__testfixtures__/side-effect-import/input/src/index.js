import { handlers } from './registry.js';
import { BUILTIN_VERSION } from './builtin-handlers.js'; // imported for its registrations
import { PURE_CONSTANT } from './constants.js';
import { polyfilled } from './polyfill-user.js';

export function run(name, input) {
  const fn = handlers.get(name);
  if (!fn) throw new Error('no handler ' + name);
  return fn(input);
}
