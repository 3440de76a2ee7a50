#!/usr/bin/env node
import { EXIT_INTERRUPTED, processIo } from './io.js';
import { runCli } from './program.js';

// Only the exit code is set here; the run itself never calls process.exit(). A run stopped by
// Ctrl-C has released what it held and owes nothing more: it ends now, whatever a library left open.
const code = await runCli(process.argv.slice(2), processIo());
if (code === EXIT_INTERRUPTED) process.exit(code);
process.exitCode = code;
