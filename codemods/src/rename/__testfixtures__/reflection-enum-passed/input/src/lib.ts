// Helpers that read an enum object's keys: what an enum is given to can reach its members by name.
export function keysOf(entity: object): string[] {
  return Object.keys(entity).filter((key) => Number.isNaN(Number(key)));
}
export function isOneOf(value: unknown, entity: any): boolean {
  return Object.keys(entity).some((key) => entity[key] === value);
}
export function nameIn(table: Record<string, unknown>, value: unknown): string | undefined {
  return Object.keys(table).find((key) => table[key] === value);
}
