#!/usr/bin/env node
// Lints a project with the recommended preset and ESLint's stats API, and prints the share of the
// total lint time taken by each of upkeep's own rules (goal: none above 5%).
// Usage: node rules/scripts/rule-timing.mjs [project dir, default bench/out/synthetic-2000]
// (build first: pnpm exec tsc -b rules; generate the project: node bench/generate-project.mjs --files 2000 --seed 1 --out bench/out/synthetic-2000)
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { configs } from '../dist/index.js';

const project = resolve(process.argv[2] ?? 'bench/out/synthetic-2000');
if (!existsSync(project)) {
  process.stderr.write(`rule-timing: ${project} does not exist; generate it with bench/generate-project.mjs\n`);
  process.exit(2);
}
const eslint = new ESLint({
  cwd: project,
  overrideConfigFile: true,
  overrideConfig: configs.recommended,
  stats: true,
  ignorePatterns: ['**/.upkeep/**'],
});
const started = performance.now();
const results = await eslint.lintFiles(['.']);
const wall = performance.now() - started;

const ruleTimes = new Map();
let parse = 0;
let rules = 0;
let fix = 0;
for (const result of results) {
  for (const pass of result.stats?.times.passes ?? []) {
    parse += pass.parse.total;
    fix += pass.fix.total;
    for (const [ruleId, time] of Object.entries(pass.rules ?? {})) {
      rules += time.total;
      ruleTimes.set(ruleId, (ruleTimes.get(ruleId) ?? 0) + time.total);
    }
  }
}
const total = parse + rules + fix;
const pct = (ms) => `${((ms / total) * 100).toFixed(2)}%`;
process.stdout.write(
  `${results.length} files, wall ${(wall / 1000).toFixed(1)} s; lint time ${(total / 1000).toFixed(2)} s (parse ${pct(parse)}, rules ${pct(rules)})\n`,
);
const own = [...ruleTimes].filter(([ruleId]) => ruleId.startsWith('@upkeep/')).sort((a, b) => b[1] - a[1]);
for (const [ruleId, ms] of own)
  process.stdout.write(
    `${ruleId.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms  ${pct(ms)}${ms / total > 0.05 ? '  above 5%' : ''}\n`,
  );
const top = [...ruleTimes].sort((a, b) => b[1] - a[1]).slice(0, 5);
process.stdout.write(`slowest rules overall: ${top.map(([ruleId, ms]) => `${ruleId} ${pct(ms)}`).join(', ')}\n`);
process.exitCode = own.some(([, ms]) => ms / total > 0.05) ? 1 : 0;
