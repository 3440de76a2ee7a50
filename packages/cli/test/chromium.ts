import { accessSync, constants } from 'node:fs';

/** What the browser test runs with: a Chromium binary, or why there is none and how to get one. */
export interface ChromiumForTests {
  /** the executable to launch, absent when none was found */
  executablePath: string | undefined;
  /** true when the test must run (CI sets UPKEEP_REQUIRE_CHROMIUM=1): a missing browser is then a failure */
  required: boolean;
  /** one line for the test title and the summary: how to enable the test */
  howToEnable: string;
}

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds Chromium for the HTML report test: `UPKEEP_CHROMIUM` (a path; when set it must exist, else
 * the test fails naming it), else a system package (Debian `chromium`, or Chrome). Without one the
 * test is skipped unless `UPKEEP_REQUIRE_CHROMIUM=1`, as `.ci/run` sets it.
 */
export function chromiumForTests(env: NodeJS.ProcessEnv = process.env): ChromiumForTests {
  const howToEnable = 'to run it: apt-get install chromium, or set UPKEEP_CHROMIUM=/path/to/chromium';
  const explicit = env.UPKEEP_CHROMIUM;
  if (explicit !== undefined && explicit !== '') {
    return { executablePath: explicit, required: true, howToEnable };
  }
  const found = SYSTEM_PATHS.find(executable);
  return { executablePath: found, required: env.UPKEEP_REQUIRE_CHROMIUM === '1', howToEnable };
}
