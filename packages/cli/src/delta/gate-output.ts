import type { Delta } from '@upkeep/core';
import { EXIT_GATE, EXIT_OK, type CliIo } from '../io.js';

/** The exit code of a gate verdict: 1 when a condition failed. */
export function gateExit(delta: Delta): number {
  return delta.gate === undefined || delta.gate.passed ? EXIT_OK : EXIT_GATE;
}

/** Prints the gate verdict (one line on a pass, every failed condition on a failure) and gives the exit code. */
export function reportGate(delta: Delta, io: CliIo): number {
  const gate = delta.gate;
  if (gate === undefined) {
    io.stdout.write(
      'upkeep gate: no condition set (give --fail-under, --max-module-drop, --min-new-module or --no-new-errors, or "gate" in upkeep.config.json)\n',
    );
    return EXIT_OK;
  }
  if (gate.passed) {
    const checked = Object.keys(gate.conditions).length;
    io.stdout.write(`upkeep gate passed: ${checked} condition${checked === 1 ? '' : 's'} met\n`);
    return EXIT_OK;
  }
  const lines = gate.failures.map((failure) => `  ${failure.message}`);
  io.stdout.write(
    `upkeep gate failed: ${gate.failures.length} condition${gate.failures.length === 1 ? '' : 's'} not met\n${lines.join('\n')}\n`,
  );
  return EXIT_GATE;
}
