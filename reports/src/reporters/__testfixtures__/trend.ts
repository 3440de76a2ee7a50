// A two-point trend whose commit subject and paths hold what each format must escape.
import { buildTrend, type Trend } from '@upkeep/core';
import { moduleResult as module, scoreReport as report } from './modules.js';

export function sampleTrend(): Trend {
  return buildTrend({
    toolVersion: '0.1.0',
    branch: 'main',
    head: 'b'.repeat(40),
    sampling: { every: 'commit', maxPoints: 100, commitsInRange: 2, candidates: 2, capped: false },
    points: [
      { commit: { commit: 'a'.repeat(40), date: '2024-01-01T00:00:00+00:00', author: 'Ann', subject: 'start', merge: false }, commits: 1, report: report([module('src/a_b.js', '1', 10, 5)]) },
      {
        commit: { commit: 'b'.repeat(40), date: '2024-01-02T00:00:00+00:00', author: 'Bob | "B"', subject: '=HYPERLINK("x") </script><b>fix</b>', merge: false },
        commits: 1,
        report: report([module('src/a_b.js', '2', 10, 1)]),
      },
    ],
  });
}
