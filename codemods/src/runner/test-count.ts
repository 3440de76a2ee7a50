// Counts the tests a test command ran and passed, from its runner's own summary lines. Several
// summaries in one output (a script running two suites) are added up.

/** Tests counted in one run: by the runner(s) recognized, or null when no summary was found. */
export interface TestCount {
  passed: number;
  failed: number;
  /** which summary formats were found, e.g. ['mocha'] */
  formats: string[];
}

// eslint-disable-next-line no-control-regex -- colour codes start with ESC
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** The tests passed and failed according to the summaries in `output`, or null when none is recognized. */
export function countTests(output: string): TestCount | null {
  const text = output.replace(ANSI, '').replace(/\r/g, '');
  let passed = 0;
  let failed = 0;
  const formats: string[] = [];
  const all = (pattern: RegExp): RegExpMatchArray[] => [...text.matchAll(pattern)];
  const sum = (matches: RegExpMatchArray[], group = 1): number =>
    matches.reduce((n, m) => n + Number(m[group] ?? 0), 0);

  // mocha (spec/dot reporters): "  12 passing (30ms)", "  1 failing"
  const mochaPassing = all(/^\s*(\d+) passing\b/gm);
  if (mochaPassing.length > 0) {
    formats.push('mocha');
    passed += sum(mochaPassing);
    failed += sum(all(/^\s*(\d+) failing\b/gm));
  }
  // jest: "Tests:       1 failed, 2 skipped, 10 passed, 13 total"
  const jest = all(/^Tests:\s+(.*\d+ total)\s*$/gm);
  if (jest.length > 0) {
    formats.push('jest');
    for (const m of jest) {
      passed += Number(/(\d+) passed/.exec(m[1]!)?.[1] ?? 0);
      failed += Number(/(\d+) failed/.exec(m[1]!)?.[1] ?? 0);
    }
  }
  // vitest: " Tests  1 failed | 9 passed (10)"
  const vitest = all(/^\s*Tests\s+((?:\d+ \w+(?: \| )?)+)\s*\((\d+)\)\s*$/gm);
  if (vitest.length > 0) {
    formats.push('vitest');
    for (const m of vitest) {
      passed += Number(/(\d+) passed/.exec(m[1]!)?.[1] ?? 0);
      failed += Number(/(\d+) failed/.exec(m[1]!)?.[1] ?? 0);
    }
  }
  // ava: "  12 tests passed", "  1 test failed"
  const ava = all(/^\s*(\d+) tests? passed\b/gm);
  if (ava.length > 0) {
    formats.push('ava');
    passed += sum(ava);
    failed += sum(all(/^\s*(\d+) tests? failed\b/gm));
  } else if (/^\s*✘ \[fail\]: /m.test(text)) {
    // ava prints only "1 test failed" when a test fails: its passes are the ✔ lines
    const avaFailed = all(/^\s*(\d+) tests? failed\s*$/gm);
    if (avaFailed.length > 0) {
      formats.push('ava');
      passed += all(/^\s*✔ /gm).length;
      failed += sum(avaFailed);
    }
  }
  // @hapi/lab: "43 tests complete", "1 of 43 tests failed"
  const lab = all(/^\s*(\d+) tests? complete\b/gm);
  if (lab.length > 0) {
    formats.push('lab');
    const labFailed = sum(all(/^\s*(\d+) of \d+ tests? failed\b/gm));
    passed += sum(lab) - labFailed;
    failed += labFailed;
  } else {
    const labFailing = all(/^\s*(\d+) of (\d+) tests? failed\b/gm);
    if (labFailing.length > 0) {
      formats.push('lab');
      for (const m of labFailing) {
        failed += Number(m[1]);
        passed += Number(m[2]) - Number(m[1]);
      }
    }
  }
  // node:test spec reporter: "ℹ pass 12", "ℹ fail 0"
  const nodeSpec = all(/^ℹ pass (\d+)\s*$/gm);
  if (nodeSpec.length > 0) {
    formats.push('node-test');
    passed += sum(nodeSpec);
    failed += sum(all(/^ℹ fail (\d+)\s*$/gm));
  }
  // TAP summaries (tape, node-tap, node:test's tap reporter): "# pass  12", "# fail 1"
  const tapPass = all(/^# pass\s+(\d+)\s*$/gm);
  if (tapPass.length > 0) {
    formats.push('tap');
    passed += sum(tapPass);
    failed += sum(all(/^# fail\s+(\d+)\s*$/gm));
  } else if (formats.length === 0) {
    // TAP without a summary: count the test points
    const ok = all(/^\s*ok \d+\b(?!.*#\s*(?:SKIP|TODO))/gim).length;
    const notOk = all(/^\s*not ok \d+\b(?!.*#\s*(?:SKIP|TODO))/gim).length;
    if (ok + notOk > 0 && /^\s*(?:TAP version|1\.\.\d+)/m.test(text)) {
      formats.push('tap');
      passed += ok;
      failed += notOk;
    }
  }
  return formats.length > 0 ? { passed, failed, formats } : null;
}

/** Failing tests named in one run, at most this many (the count says how many more). */
const NAMED_FAILURES = 20;

/**
 * The names of the failing tests in `output`, as its runner printed them (at most
 * {@link NAMED_FAILURES}, first seen first): mocha's and lab's numbered failure list
 * ("1) suite\n  test:"), jest's "● suite › test", vitest's "FAIL file > test", ava's "✘ [fail]: test",
 * node:test's "✖ test (2ms)", TAP's "not ok 3 - test". Empty when none is recognized.
 */
export function failingTests(output: string): string[] {
  const lines = output.replace(ANSI, '').replace(/\r/g, '').split('\n');
  const names: string[] = [];
  const add = (name: string): void => {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (clean !== '' && !names.includes(clean) && names.length < NAMED_FAILURES) names.push(clean);
  };
  let numbered = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    // mocha's "  2 failing", lab's "Failed tests:": a numbered list follows
    if (/^\s*\d+ failing\b/.test(line) || /^\s*Failed tests:\s*$/.test(line)) numbered = true;
    const entry = numbered ? /^\s*\d+\) (.+)$/.exec(line) : null;
    if (entry) {
      // the title runs over the following lines up to the one that ends with a colon
      const parts = [entry[1]!];
      for (let j = i + 1; !parts.at(-1)!.endsWith(':') && j < lines.length && j <= i + 8; j += 1) {
        if (lines[j]!.trim() === '') break;
        parts.push(lines[j]!.trim());
      }
      add(parts.join(' ').replace(/:$/, ''));
      continue;
    }
    const match =
      /^\s*● (?!Console\b)(.+)$/.exec(line) ??
      /^\s*FAIL\s+(.+? > .+)$/.exec(line) ??
      /^\s*✘ (?:\[fail\]: )?(.+)$/.exec(line) ??
      /^\s*✖ (?!failing tests:)(.+?) \(\d+(?:\.\d+)?m?s\)\s*$/.exec(line) ??
      /^\s*not ok \d+(?: -)? (?!.*#\s*(?:SKIP|TODO))(.+?)\s*$/i.exec(line);
    if (match) add(match[1]!);
  }
  return names;
}
