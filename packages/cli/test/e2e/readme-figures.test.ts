import { cpSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, runUpkeep, type TempRepo } from '@upkeep/test-utils';

/**
 * The README's figures for the bundled sample come from a real run of the commands as the README
 * writes them, on examples/legacy-app copied into a git repository of its own (inside this
 * repository a codemod would span the whole monorepo). When a codemod changes what it does, this
 * test fails naming the README line to update and the numbers of the run.
 */
const README_PATH = fileURLToPath(new URL('../../../../README.md', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../../../examples/legacy-app/', import.meta.url));

interface Claim {
  /** 1-based line of README.md where the paragraph starts */
  line: number;
  /** the command as the README writes it, e.g. upkeep codemod rename --verify "node --test test/" */
  command: string;
  /** the paragraph, its lines joined with spaces */
  text: string;
}

/** The paragraph "On `examples/legacy-app`, `upkeep codemod <id> …` …" of a codemod. */
function claim(codemod: string): Claim {
  const lines = readFileSync(README_PATH, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith(`On \`examples/legacy-app\`, \`upkeep codemod ${codemod} `));
  expect(
    start,
    `README.md has no paragraph starting "On \`examples/legacy-app\`, \`upkeep codemod ${codemod} …\`"`,
  ).toBeGreaterThanOrEqual(0);
  let end = start;
  while (end < lines.length && lines[end]!.trim() !== '') end++;
  const text = lines.slice(start, end).join(' ');
  return { line: start + 1, command: /`(upkeep [^`]+)`/.exec(text)![1]!, text };
}

/** Splits a command line as a shell would for plain words and double-quoted arguments. */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

/** The numbers a regular expression finds in the README paragraph, by group name. */
function figures(text: string, pattern: RegExp, where: Claim): Record<string, number> {
  const match = pattern.exec(text);
  expect(
    match,
    `README.md:${where.line}: the sentence no longer matches ${pattern}; keep the figures in that form`,
  ).not.toBeNull();
  return Object.fromEntries(Object.entries(match!.groups!).map(([key, value]) => [key, Number(value)]));
}

/**
 * The type-check errors after the change, in the runner's summary line as it was
 * ("type-check (tsconfig.json): no new errors (0 before, 0 after)") or is
 * ("type-check with TypeScript 6.0.2 (…), tsconfig.json: 37 error(s) before the change, 36 after, none new").
 */
const TYPE_CHECK_AFTER = /^type-check\b.*?\d+ (?:error\(s\) )?before\b[^,]*, (\d+) after/m;
/** "tests: `node --test test/` passed", or with the counts before and after the change */
const TESTS_PASSED = /^tests: `node --test test\/` (?:passed|before: .*; after: \d+ passed, 0 failed)$/m;

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

function sampleRepo(): TempRepo {
  const repo = createTempRepo();
  repos.push(repo);
  cpSync(SAMPLE, repo.dir, { recursive: true });
  repo.commit('legacy-app');
  return repo;
}

function runClaim(where: Claim): { stdout: string } {
  const [program, ...args] = words(where.command);
  expect(program).toBe('upkeep');
  const repo = sampleRepo();
  const run = runUpkeep(args, repo.dir);
  expect(run.status, `README.md:${where.line}: \`${where.command}\` exited ${run.status}\n${run.stderr}`).toBe(0);
  return run;
}

function number(stdout: string, pattern: RegExp, what: string): number {
  const match = pattern.exec(stdout);
  expect(match, `the run printed no ${what} (${pattern})`).not.toBeNull();
  return Number(match![1]);
}

describe('README figures for examples/legacy-app', () => {
  it('codemod rename: names renamed and skipped, files, type check and score before and after', () => {
    const where = claim('rename');
    const readme = figures(
      where.text,
      /renames (?<renamed>\d+) names in (?<files>\d+) files, skips (?<skipped>\d+) with reasons.*keeps the type check at (?<typeErrors>\d+) errors.*score goes from (?<before>[\d.]+)\/10 to (?<after>[\d.]+)\/10/,
      where,
    );
    const { stdout } = runClaim(where);
    const actual = {
      renamed: number(stdout, /^renamed (\d+) names?(?:\(s\))? in \d+/m, 'rename summary'),
      files: number(stdout, /^renamed \d+ names?(?:\(s\))? in (\d+) files?/m, 'rename summary'),
      skipped: number(stdout, /^renamed .*; skipped (\d+)/m, 'skip count'),
      typeErrors: number(stdout, TYPE_CHECK_AFTER, 'type-check line'),
      before: number(stdout, /^Your code has been rated at [\d.]+\/10 \(([\d.]+)\/10 before/m, 'rating line'),
      after: number(stdout, /^Your code has been rated at ([\d.]+)\/10/m, 'rating line'),
    };
    expect(stdout).toMatch(TESTS_PASSED);
    expect(actual, `README.md:${where.line}: update the figures of \`${where.command}\` to those of the run`).toEqual(
      readme,
    );
  });

  it('codemod dead-code: what is removed, in how many rounds', () => {
    const where = claim('dead-code');
    const readme = figures(
      where.text,
      /removes (?<imports>\d+) unused imports, (?<locals>\d+) locals, (?<unreachable>\d+) unreachable statements, (?<members>\d+) private members?, (?<exports>\d+) exports and (?<files>\d+) files? in (?<rounds>\d+) rounds.*keeps the type check at (?<typeErrors>\d+) errors/,
      where,
    );
    const { stdout } = runClaim(where);
    const removed = /^removed: (.*?)\s+kept:.*\((\d+) rounds?\)$/m.exec(stdout);
    expect(removed, 'the run printed no "removed: … (N rounds)" line').not.toBeNull();
    const count = (kind: RegExp): number => Number(new RegExp(`(\\d+) ${kind.source}`).exec(removed![1]!)?.[1] ?? 0);
    const actual = {
      imports: count(/unused imports?/),
      locals: count(/unused locals?/),
      unreachable: count(/unreachable statements?/),
      members: count(/unused private members?/),
      exports: count(/unused exports?/),
      files: count(/unreachable files?/),
      rounds: Number(removed![2]),
      typeErrors: number(stdout, TYPE_CHECK_AFTER, 'type-check line'),
    };
    expect(stdout).toMatch(TESTS_PASSED);
    expect(actual, `README.md:${where.line}: update the figures of \`${where.command}\` to those of the run`).toEqual(
      readme,
    );
  });
});
