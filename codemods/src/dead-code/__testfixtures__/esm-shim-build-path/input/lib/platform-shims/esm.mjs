import { processArgv } from '../../build/lib/utils/process-argv.js';
export const argv = () => processArgv(['node', 'x', 'a']);
