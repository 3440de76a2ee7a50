import { describe, expect, it } from 'vitest';
import { ancestorDirectories, comparePaths } from './paths.js';

describe('comparePaths', () => {
  it('orders paths as a tree: the root first, a directory right before its contents', () => {
    const paths = ['src-old', 'src/b/c.js', 'src/a.js', 'src', '.', 'Src', 'src/b', 'a.js'];
    expect([...paths].sort(comparePaths)).toEqual([
      '.',
      'Src',
      'a.js',
      'src',
      'src/a.js',
      'src/b',
      'src/b/c.js',
      'src-old',
    ]);
  });

  it('is 0 only for the same path', () => {
    expect(comparePaths('src/a.js', 'src/a.js')).toBe(0);
    expect(comparePaths('.', '.')).toBe(0);
    expect(comparePaths('src/a.js', 'src/b.js')).toBe(-1);
  });
});

describe('ancestorDirectories', () => {
  it('lists "." and every directory above a file', () => {
    expect(ancestorDirectories('src/a/b.js')).toEqual(['.', 'src', 'src/a']);
    expect(ancestorDirectories('index.js')).toEqual(['.']);
  });
});
