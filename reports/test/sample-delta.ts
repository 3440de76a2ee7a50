// A Delta built the way upkeep builds one (two score reports and the diff between them), with the
// cases a pull request comment must survive: a regression, an improvement, a rename, an added and
// a deleted module, and paths and messages full of markdown and HTML.
import {
  DEFAULT_EVALUATION,
  buildScoreReport,
  countMessages,
  diffReports,
  parseEvaluation,
  scoreOf,
  type Delta,
  type Message,
  type ModuleResult,
} from '@upkeep/core';

const parsed = parseEvaluation(DEFAULT_EVALUATION);
if (!parsed.ok) throw new Error('the default evaluation does not parse');
const evaluation = parsed.expression;

function blob(seed: string): string {
  return [...seed.padEnd(40, '0')].map((char) => (char.charCodeAt(0) % 16).toString(16)).join('');
}

function message(ruleId: string, category: Message['category'], line: number, text: string): Message {
  return { ruleId, category, line, column: 3, message: text };
}

function moduleOf(path: string, version: string, statements: number, messages: Message[]): ModuleResult {
  const counts = countMessages(messages);
  return {
    path,
    blob: blob(`${path}${version}`),
    statements,
    counts,
    score: scoreOf(counts, statements, evaluation),
    parseable: true,
    messages,
  };
}

const WARN = (line: number): Message =>
  message('no-unused-vars', 'W', line, "'tmp' is assigned a value but never used.");

export function sampleDelta(): Delta {
  const unchanged = moduleOf('src/untouched.js', 'v1', 50, [WARN(3)]);
  const base = buildScoreReport({
    toolVersion: '0.1.0',
    source: { kind: 'git', ref: 'origin/main', commit: 'a'.repeat(40) },
    config: { eslintConfig: 'recommended', hash: 'c0ffee' },
    modules: [
      unchanged,
      moduleOf('src/dataservice/adder_gen.js', 'v1', 20, [
        WARN(4),
        WARN(9),
        message('eqeqeq', 'W', 12, "Expected '===' and instead saw '=='."),
      ]),
      moduleOf('src/dataservice/closer.js', 'v1', 10, []),
      moduleOf('src/old_tax.js', 'v1', 10, [WARN(2)]),
      moduleOf('src/legacy/gone.js', 'v1', 5, [message('no-var', 'C', 1, 'Unexpected var, use let or const instead.')]),
    ],
    skipped: [],
    evaluation,
  });
  const head = buildScoreReport({
    toolVersion: '0.1.0',
    source: { kind: 'git', ref: 'feature', commit: 'b'.repeat(40) },
    config: { eslintConfig: 'recommended', hash: 'c0ffee' },
    modules: [
      unchanged,
      moduleOf('src/dataservice/adder_gen.js', 'v2', 20, [WARN(4)]),
      moduleOf('src/dataservice/closer.js', 'v2', 10, [
        message('no-undef', 'E', 7, "'<img src=x onerror=alert(1)>' is not defined."),
      ]),
      moduleOf('src/tax table.js', 'v1', 10, [WARN(2)]),
      moduleOf('src/new | `weird` <b>name</b>.js', 'v1', 4, [
        message('no-console', 'R', 2, 'Unexpected console statement. @here #1 **bold** [x](http://evil)'),
      ]),
    ],
    skipped: [],
    evaluation,
  });
  return diffReports({
    base,
    head,
    renames: [{ from: 'src/old_tax.js', to: 'src/tax table.js' }],
    hunks: {
      'src/dataservice/closer.js': [{ oldStart: 6, oldLines: 0, newStart: 7, newLines: 1 }],
      'src/dataservice/adder_gen.js': [{ oldStart: 9, oldLines: 4, newStart: 8, newLines: 0 }],
    },
  });
}
