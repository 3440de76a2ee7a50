// Runs one benchmark command once outside hyperfine: to check that it works at all, to prime a
// cache, and (under GNU time) to read its peak resident memory.
import { spawnSync } from 'node:child_process';

/**
 * @typedef {{ exitCode: number | null, signal: string | null, seconds: number, peakRssMb: number | undefined, cpuSeconds: number | undefined, stderr: string }} RunResult
 * `cpuSeconds`: user + system seconds of the process tree (GNU time), when measured
 */

/**
 * CPU seconds (user + system, threads and waited-for children included) from `time -v` output.
 * @param {string} report @returns {number | undefined}
 */
function parseCpuSeconds(report) {
  const user = /User time \(seconds\): ([\d.]+)/.exec(report);
  const system = /System time \(seconds\): ([\d.]+)/.exec(report);
  return user && system ? Number(user[1]) + Number(system[1]) : undefined;
}

/**
 * Peak RSS from `time -v` output, in MB (GNU time reports kilobytes). Of a process tree it is the
 * largest single process, not the sum: worker threads count, child processes do not add up.
 * @param {string} report @returns {number | undefined}
 */
export function parsePeakRss(report) {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  return match ? Number(match[1]) / 1024 : undefined;
}

/**
 * @param {string[]} argv program and arguments
 * @param {{ cwd: string, prepare?: string, measureRss: boolean }} options
 * @returns {RunResult}
 */
export function runOnce(argv, { cwd, prepare, measureRss }) {
  if (prepare) spawnSync('sh', ['-c', prepare], { cwd, stdio: 'ignore' });
  const [program, ...args] = measureRss ? ['/usr/bin/time', '-v', ...argv] : argv;
  const started = process.hrtime.bigint();
  const result = spawnSync(/** @type {string} */ (program), args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stderr = result.stderr ?? '';
  return {
    exitCode: result.status,
    signal: result.signal,
    seconds,
    peakRssMb: measureRss ? parsePeakRss(stderr) : undefined,
    cpuSeconds: measureRss ? parseCpuSeconds(stderr) : undefined,
    // GNU time appends its report to the command's stderr; keep only the command's part
    stderr: measureRss ? stderr.replace(/\s*Command (being timed|exited|terminated)[\s\S]*$/, '') : stderr,
  };
}
