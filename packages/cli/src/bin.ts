#!/usr/bin/env node
import { processIo } from './io.js';
import { runCli } from './program.js';

// Only the exit code is set here; the run itself never calls process.exit().
process.exitCode = await runCli(process.argv.slice(2), processIo());
