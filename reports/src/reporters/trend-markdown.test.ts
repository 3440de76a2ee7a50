import { describe, expect, it } from 'vitest';
import { sampleTrend } from './__testfixtures__/trend.js';
import { formatTrendMarkdown } from './trend-markdown.js';

describe('formatTrendMarkdown', () => {
  it('states the headline and tables with cells that cannot break the table', () => {
    const md = formatTrendMarkdown(sampleTrend());
    expect(md).toContain('**5.00/10 → 9.00/10 (+4.00)** from 2024-01-01 (aaaaaaaaaa) to 2024-01-02 (bbbbbbbbbb), 2 points\n');
    expect(md).toContain('| 2024-01-02 | bbbbbbbbbb | =HYPERLINK("x") \\</script\\>\\<b\\>fix\\</b\\> | Bob \\| "B" | 5.00 | 9.00 | +4.00 |');
    expect(md).toContain('| src/a\\_b.js | 5.00 | 9.00 | +4.00 |');
    expect(md).toContain('### Worst modules now (1)');
  });
});
