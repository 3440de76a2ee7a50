export function processArgv(argv: string[]): string[] {
  return argv.slice(2);
}

export function unusedArgvHelper(): void {}
