import { describe, expect, it } from 'vitest';
import { loadChartJsSource } from '../chart-js-source.js';
import { sampleTrend } from './__testfixtures__/trend.js';
import { formatTrendHtml, noteHtml } from './trend-html.js';

describe('formatTrendHtml', () => {
  it('inlines Chart.js and the data, and escapes text so no subject can end a script or add markup', async () => {
    const chartJs = await loadChartJsSource();
    expect(chartJs).toMatch(/^\/\*!\n \* Chart\.js v4\./);
    expect(chartJs).not.toContain('sourceMappingURL');
    const html = formatTrendHtml(sampleTrend(), { chartJs });
    expect(html).toContain(chartJs.slice(0, 2000));
    // the only </script> closing tags are the page's own three
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(html).toContain('=HYPERLINK(&quot;x&quot;) &lt;/script&gt;&lt;b&gt;fix&lt;/b&gt;');
    expect(html).not.toContain('<b>fix</b>');
    expect(html).toContain('\\u003c/script>\\u003cb>fix\\u003c/b>');
    expect(html).toContain('@media print');
  });

  it('keeps every date and commit hash whole: each is one token that does not wrap', () => {
    const html = formatTrendHtml(sampleTrend(), { chartJs: '' });
    // the text of the page, without the chart data
    const body = html.slice(html.indexOf('<body')).replace(/<script[^]*?<\/script>/g, '');
    const dates = body.match(/2024-01-0\d/g) ?? [];
    const hashes = body.match(/(?:a|b){10}/g) ?? [];
    expect(dates.length).toBeGreaterThanOrEqual(4);
    expect(hashes.length).toBeGreaterThanOrEqual(4);
    expect(body.match(/<span class="token">2024-01-0\d<\/span>/g)).toHaveLength(dates.length);
    expect(body.match(/<code class="token">(?:a|b){10}<\/code>/g)).toHaveLength(hashes.length);
    expect(html).toContain('.token { white-space: nowrap; overflow-wrap: normal; }');
  });
});

describe('noteHtml', () => {
  it("renders upkeep's code spans as code and the user's escaped text as the user wrote it, all HTML-escaped", () => {
    expect(noteHtml('Only the first-parent history, as `git log --first-parent` shows it.')).toBe(
      'Only the first-parent history, as <code>git log --first-parent</code> shows it.',
    );
    // a branch named `<b>x</b>_*` arrives escaped for markdown
    expect(noteHtml('3 commits on \\<b\\>x\\</b\\>\\_\\* since \\`yesterday\\`')).toBe(
      '3 commits on &lt;b&gt;x&lt;/b&gt;_* since `yesterday`',
    );
    expect(noteHtml('a path with a backslash: src\\\\win.js & more')).toBe(
      'a path with a backslash: src\\win.js &amp; more',
    );
  });

  it('is what the page shows for each note of a trend', () => {
    const trend = sampleTrend();
    const html = formatTrendHtml(trend, { chartJs: '' });
    for (const note of trend.notes) expect(html).toContain(`<li>${noteHtml(note.markdown)}</li>`);
    expect(html).toContain('<code>git log --first-parent</code>');
  });
});
