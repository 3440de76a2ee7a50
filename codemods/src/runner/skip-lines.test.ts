import { describe, expect, it } from 'vitest';
import { skipLines } from './format.js';
import type { Skip } from './types.js';

const outside = (path: string): Skip => ({
  subject: path,
  path,
  line: 1,
  reason: 'not-in-project',
  detail: 'not included by tsconfig.json (enable allowJs or add it to "include")',
});

describe('skipLines', () => {
  it('groups a reason shared by many skips into one line with the count and the first subjects', () => {
    const skips = [
      ...Array.from({ length: 80 }, (_, i) => outside(`examples/e${i}.js`)),
      {
        subject: 'iso_day',
        path: 'lib/dates.js',
        line: 3,
        reason: 'public-api',
        detail: 'exported by the entry index.js',
      },
    ];
    expect(skipLines(skips)).toEqual([
      '  80 × not included by tsconfig.json (enable allowJs or add it to "include"): examples/e0.js, examples/e1.js, examples/e2.js, examples/e3.js, examples/e4.js, … 75 more (all in --format json)',
      '  lib/dates.js:3 iso_day: exported by the entry index.js',
    ]);
  });

  it('keeps a line each below four skips of one reason, and names symbols with their place', () => {
    const symbol = (name: string, line: number): Skip => ({
      subject: name,
      path: 'lib/a.js',
      line,
      reason: 'reflection',
      detail: 'read by computed access',
    });
    expect(skipLines([symbol('a_b', 1), symbol('c_d', 2), symbol('e_f', 3)])).toEqual([
      '  lib/a.js:1 a_b: read by computed access',
      '  lib/a.js:2 c_d: read by computed access',
      '  lib/a.js:3 e_f: read by computed access',
    ]);
    expect(skipLines([symbol('a_b', 1), symbol('c_d', 2), symbol('e_f', 3), symbol('g_h', 4)])).toEqual([
      '  4 × read by computed access: lib/a.js:1 a_b, lib/a.js:2 c_d, lib/a.js:3 e_f, lib/a.js:4 g_h',
    ]);
  });
});
