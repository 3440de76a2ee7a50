import { describe, expect, it } from 'vitest';
import { moduleResult, scoreReport } from './__testfixtures__/modules.js';
import { formatText } from './text.js';

describe('formatText: the summary line', () => {
  it('counts the modules it lists and says how many have no statements and are not rated (total.modules)', () => {
    const scored = scoreReport([moduleResult('src/a.js', '1', 10, 1), moduleResult('public/js/app.js', '2', 0, 0)]);
    expect(scored.total.modules).toBe(1);
    expect(formatText(scored, { colors: false })).toContain(
      '2 modules (1 with no statements, not rated), 10 statements analyzed; messages: 0 fatal, 0 error, 1 warning',
    );
    expect(formatText(scoreReport([moduleResult('src/a.js', '1', 10, 1)]), { colors: false })).toContain(
      '1 module, 10 statements analyzed;',
    );
  });
});
