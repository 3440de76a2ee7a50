import type { Command } from 'commander';
import { addChangeOptions, addGateOptions, ChangeOptions, GateOptions } from '../delta/options.js';
import { computeDelta } from '../delta/compute.js';
import { reportGate } from '../delta/gate-output.js';
import type { CliIo } from '../io.js';
import { parseOptions } from '../validate.js';

const GateCommandOptions = ChangeOptions.extend(GateOptions.shape);

export function registerGate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const command = program
    .command('gate')
    .description('fail (exit 1) when a change breaks a quality condition, naming each module and the numbers');
  addChangeOptions(command);
  addGateOptions(command);
  command.action(async (raw: Record<string, unknown>) => {
    const options = parseOptions(GateCommandOptions, raw);
    const delta = await computeDelta(options, options, io);
    setExit(reportGate(delta, io));
  });
}
