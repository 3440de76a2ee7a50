import { describe, expect, it } from 'vitest';
import { disableDirectives } from './directives.js';

const lines = (...text: string[]): string => text.join('\n') + '\n';

describe('disableDirectives: ESLint inline directives, by ESLint rule id', () => {
  it('is undefined for a module without a directive', () => {
    expect(disableDirectives('a.js', 'const a = 1;\n')).toBeUndefined();
  });

  it('eslint-disable-line and eslint-disable-next-line: that line, the rules named or all, a description after --', () => {
    const silenced = disableDirectives(
      'a.js',
      lines(
        'const a = 1; // eslint-disable-line no-unused-vars',
        '// eslint-disable-next-line no-unused-vars, @upkeep/identifier-naming -- kept for the API',
        'const b_c = 2;',
        'const d = 3; /* eslint-disable-line */',
        '/* eslint-disable-next-line',
        '   sonarjs/no-commented-code */',
        '// const e = 4;',
        'const f = 5;',
      ),
    )!;
    expect(silenced('no-unused-vars', 1, 7)).toBe(true);
    expect(silenced('no-var', 1, 1)).toBe(false);
    expect(silenced('no-unused-vars', 3, 7)).toBe(true);
    expect(silenced('@upkeep/identifier-naming', 3, 7)).toBe(true);
    expect(silenced('sonarjs/todo-tag', 3, 7)).toBe(false);
    expect(silenced('anything', 4, 1)).toBe(true);
    // next-line counts from the line the comment ends on
    expect(silenced('sonarjs/no-commented-code', 7, 1)).toBe(true);
    expect(silenced('no-unused-vars', 8, 7)).toBe(false);
  });

  it('/* eslint-disable */ until /* eslint-enable */, for all rules or those named; a line comment cannot open a block', () => {
    const silenced = disableDirectives(
      'a.ts',
      lines(
        'let a = 1; /* eslint-disable no-unused-vars */ let b = 2;',
        'let c = 3;',
        '/* eslint-enable no-unused-vars */',
        'let d = 4;',
        '/* eslint-disable */',
        'let e = 5;',
        '/* eslint-enable @typescript-eslint/no-unused-vars */',
        'let f = 6;',
        '/* eslint-enable */',
        '// eslint-disable no-var',
        'var g = 7;',
      ),
    )!;
    expect(silenced('no-unused-vars', 1, 5)).toBe(false);
    expect(silenced('no-unused-vars', 1, 52)).toBe(true);
    expect(silenced('no-unused-vars', 2, 5)).toBe(true);
    expect(silenced('no-unused-vars', 4, 5)).toBe(false);
    expect(silenced('no-unused-vars', 6, 5)).toBe(true);
    expect(silenced('@typescript-eslint/no-unused-vars', 6, 5)).toBe(true);
    expect(silenced('@typescript-eslint/no-unused-vars', 8, 5)).toBe(false);
    expect(silenced('no-unused-vars', 8, 5)).toBe(true);
    expect(silenced('no-var', 11, 1)).toBe(false);
  });

  it('text that only looks like a directive (in a string or template) is none', () => {
    const text = lines('const a = "// eslint-disable-line no-unused-vars";', 'const b = `/* eslint-disable */`;');
    expect(disableDirectives('a.js', text)).toBeUndefined();
  });
});
