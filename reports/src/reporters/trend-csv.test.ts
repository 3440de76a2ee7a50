import { describe, expect, it } from 'vitest';
import { sampleTrend } from './__testfixtures__/trend.js';
import { formatTrendCsv } from './trend-csv.js';

describe('formatTrendCsv', () => {
  it('writes one RFC 4180 row per point, formula-looking text defused', () => {
    const rows = formatTrendCsv(sampleTrend()).split('\r\n');
    expect(rows).toEqual([
      'commit,date,author,subject,merge,commits,score,statements,modules,fatal,error,warning,refactor,convention,info,added,removed,modified,unparseable,score:src',
      `${'a'.repeat(40)},2024-01-01T00:00:00+00:00,Ann,start,false,1,5.00,10,1,0,0,5,0,0,0,1,0,0,0,5.00`,
      `${'b'.repeat(40)},2024-01-02T00:00:00+00:00,"Bob | ""B""","'=HYPERLINK(""x"") </script><b>fix</b>",false,1,9.00,10,1,0,0,1,0,0,0,0,0,1,0,9.00`,
      '',
    ]);
  });
});
