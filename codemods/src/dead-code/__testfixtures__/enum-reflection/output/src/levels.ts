export enum Level {
  Debug = 10,
  Info = 20,
  Warn = 30,
}

export function levelNames(): string[] {
  return Object.keys(Level).filter((k) => Number.isNaN(Number(k)));
}
