#!/usr/bin/env node
// Runs the vitest suite (all three projects, unit, integration and e2e; arguments go to vitest, e.g.
// `--project unit`) and ends with one plain line "N passed, N failed" (", N skipped" when any test
// was skipped, each named above it with its reason) that CI reads. Exit code: vitest's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test-artifacts');
mkdirSync(outDir, { recursive: true });
const jsonFile = join(outDir, 'vitest-results.json');
rmSync(jsonFile, { force: true });

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
let skipped = [];
try {
  const summary = JSON.parse(readFileSync(jsonFile, 'utf8'));
  passed = summary.numPassedTests;
  skipped = summary.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'skipped' || test.status === 'pending' || test.status === 'todo')
      .map((test) => `${relative(root, file.name)} > ${test.fullName}`),
  );
  failed = summary.numFailedTests + (summary.numRuntimeErrors ?? 0);
  // a test file that fails to load has no tests but is a failure all the same
  failed += summary.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} catch (error) {
  process.stderr.write(`test: no vitest results at ${jsonFile} (${error.message})\n`);
  failed += 1;
}
for (const name of skipped) process.stdout.write(`\nskipped: ${name}`);
const skippedPart = skipped.length > 0 ? `, ${skipped.length} skipped` : '';
process.stdout.write(`\n${passed} passed, ${failed} failed${skippedPart}\n`);
process.exitCode = result.status === 0 && failed === 0 ? 0 : 1;
