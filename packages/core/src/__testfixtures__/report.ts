// The input of a small but complete score report: a git source, a module that does not parse,
// one without statements, informational messages and skipped files.
import { DEFAULT_EVALUATION_EXPRESSION } from '../evaluation/default.js';
import type { ScoreReportInput } from '../report/build.js';
import { messages, moduleResult, unparseableModule } from './modules.js';

export function sampleInput(): ScoreReportInput {
  return {
    toolVersion: '0.1.0',
    source: { kind: 'git', ref: 'origin/main', commit: '3f2a9c81d7e6b5a4f3e2d1c0b9a8f7e6d5c4b3a2' },
    config: { eslintConfig: 'recommended', hash: 'c0ffee' },
    modules: [
      moduleResult('src/dataservice/closer.js', 40, [...messages('W', 6), ...messages('C', 2)]),
      unparseableModule('src/legacy/broken.js'),
      moduleResult('src/dataservice/adder_gen.js', 25, [...messages('R', 3), ...messages('I', 2)]),
      moduleResult('src/types.d.ts', 0),
    ],
    skipped: [
      { path: 'vendor/jquery.min.js', reason: 'minified', detail: 'average line length 2400' },
      { path: 'assets/logo.png', reason: 'binary', detail: 'contains NUL bytes' },
    ],
    packageRoots: ['.'],
    evaluation: DEFAULT_EVALUATION_EXPRESSION,
  };
}
