export function processArgv(argv) {
  return argv.slice(2);
}
export function unusedArgvHelper() {}
