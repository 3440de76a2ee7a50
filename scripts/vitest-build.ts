// vitest global setup: brings dist/ up to date with the sources before any test runs. Tests import
// the workspace packages from source (the `@upkeep/source` condition), but the lint worker threads
// load the compiled `dist/lint/worker.js` and the e2e tests run `dist/bin.js`: a stale dist/
// would silently test old code. `tsc -b` is incremental (about 0.4 s when nothing changed); when
// it fails the run stops here, naming the errors. UPKEEP_TEST_NO_BUILD=1 skips the build and only
// refuses a stale dist/ (for a tree that is being edited while tests run).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

export default function setup(): void {
  const dryRun = process.env.UPKEEP_TEST_NO_BUILD === '1';
  const result = spawnSync(process.execPath, [tsc, '-b', ...(dryRun ? ['--dry'] : [])], {
    cwd: root,
    encoding: 'utf8',
  });
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status !== 0) {
    throw new Error(
      `tests need an up-to-date dist/ (lint workers and e2e tests run compiled code), and tsc -b failed:\n${output}`,
    );
  }
  if (dryRun && /A non-dry build would (build|update)/.test(output)) {
    throw new Error(
      `dist/ is older than the sources (UPKEEP_TEST_NO_BUILD=1 is set): run pnpm build first.\n${output}`,
    );
  }
}
