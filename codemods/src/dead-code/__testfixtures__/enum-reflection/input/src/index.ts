import * as colors from './colors';
import { Level, levelNames } from './levels';
import { Registry } from './registry';

export function names(): string[] {
  return levelNames();
}

export function lookup(name: string): number {
  return Level[name as keyof typeof Level];
}

export function palette(): string[] {
  return Object.keys(colors);
}

export const registry = new Registry();
