import { describe, expect, it } from 'vitest';
import { sampleTrend } from './__testfixtures__/trend.js';
import { formatTrendMarkdown } from './trend-markdown.js';

describe('formatTrendMarkdown', () => {
  it('states the headline and tables with cells that cannot break the table', () => {
    const md = formatTrendMarkdown(sampleTrend());
    expect(md).toContain(
      '**5.00/10 → 9.00/10 (+4.00)** from 2024-01-01 (aaaaaaaaaa) to 2024-01-02 (bbbbbbbbbb), 2 points\n',
    );
    expect(md).toContain(
      '| 2024-01-02 | bbbbbbbbbb | =HYPERLINK("x") \\</script\\>\\<b\\>fix\\</b\\> | Bob \\| "B" | 5.00 | 9.00 | +4.00 |',
    );
    expect(md).toContain('| src/a\\_b.js | 5.00 | 9.00 | +4.00 |');
    expect(md).toContain('### Worst modules now (1)');
  });

  it("prints upkeep's notes as markdown: its own code spans stay markup (not \\`x\\`)", () => {
    const md = formatTrendMarkdown(sampleTrend());
    expect(md).toContain('- Only the first-parent history is walked, as `git log --first-parent` shows it');
    expect(md).not.toContain('\\`git log');
    const notes = sampleTrend().notes.map((note) => `- ${note.markdown}`);
    for (const line of notes) expect(md).toContain(line);
  });

  it('ends with the table of every point the README promises, oldest first', () => {
    const md = formatTrendMarkdown(sampleTrend());
    expect(md.slice(md.indexOf('### All 2 points'))).toBe(
      [
        '### All 2 points',
        '',
        '| date | commit | subject | score | statements | modules +added −removed ~changed | do not parse |',
        '|---|---|---|---|---|---|---|',
        '| 2024-01-01 | aaaaaaaaaa | start | 5.00 | 10 | +1 −0 ~0 |  |',
        '| 2024-01-02 | bbbbbbbbbb | =HYPERLINK("x") \\</script\\>\\<b\\>fix\\</b\\> | 9.00 | 10 | +0 −0 ~1 |  |',
        '',
      ].join('\n'),
    );
  });
});
