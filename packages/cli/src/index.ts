export { createProgram, runCli } from './program.js';
export { type CliIo, type OutStream, EXIT_OK, EXIT_GATE, EXIT_USAGE } from './io.js';
