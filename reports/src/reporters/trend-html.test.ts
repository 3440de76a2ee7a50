import { describe, expect, it } from 'vitest';
import { loadChartJsSource } from '../chart-js-source.js';
import { sampleTrend } from './__testfixtures__/trend.js';
import { formatTrendHtml } from './trend-html.js';

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
});
