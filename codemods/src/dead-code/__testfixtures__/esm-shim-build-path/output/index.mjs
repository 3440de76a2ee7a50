import { argv } from './lib/platform-shims/esm.mjs';
export { argv };
