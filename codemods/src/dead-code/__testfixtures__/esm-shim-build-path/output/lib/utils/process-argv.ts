export function processArgv(argv: string[]): string[] {
  return argv.slice(2);
}
