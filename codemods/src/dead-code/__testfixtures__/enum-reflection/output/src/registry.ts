export class Registry {
  private alpha = 1;
  private beta = 2;
  private unusedField = 3;

  get(name: string): number {
    return (this as unknown as Record<string, number>)[name] ?? -1;
  }
}
