import { describe, expect, it } from 'vitest';
import { diffReports } from '@upkeep/core';
import { moduleResult as module, scoreReport } from './__testfixtures__/modules.js';
import { formatMarkdown } from './markdown.js';

describe('formatMarkdown: the change column', () => {
  it('warns of a drop that shows, and not of one that rounds to -0.00 (the gate compares at two decimals)', () => {
    const delta = diffReports({
      // drop.js: 10 − 62/250·10 = 7.52 → 10 − 62/249·10 ≈ 7.510, a drop that shows (−0.01)
      // tiny.js: 10 − 744/3100·10 = 7.60 → 10 − 745/3101·10 ≈ 7.5975, a drop of 0.0025 (−0.00)
      base: scoreReport([module('src/drop.js', '1', 250, 62), module('src/tiny.js', '3', 3100, 744)], {
        kind: 'git',
        ref: 'main',
        commit: 'a'.repeat(40),
      }),
      head: scoreReport([module('src/drop.js', '2', 249, 62), module('src/tiny.js', '4', 3101, 745)]),
    });
    const text = formatMarkdown(delta);
    expect(text).toContain('| src/drop.js | 7.52 | 7.51 | −0.01 ⚠ |');
    expect(text).toContain('| src/tiny.js | 7.60 | 7.60 | −0.00 |');
  });
});
