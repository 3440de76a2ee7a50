// What `--verify auto` runs: the project's own tests, the way its `npm test` runs them, without the
// steps that are not tests of behaviour (linters, a type-check, a browser) and, when the whole
// suite needs database servers, its unit tests.
import { readScript } from '@upkeep/analyzer';

/** The command `--verify auto` chose, and why, for the user to read. */
export interface AutoVerifyChoice {
  /** a shell command run at the project root, with its `node_modules/.bin` on PATH as npm does */
  command: string;
  /** the package.json script it starts from (`test`, or `test:unit` when `test` needs servers) */
  script: string;
  /** one line: why this command */
  why: string;
  /** steps of the script left out, each with its reason */
  dropped: { step: string; reason: string }[];
  /** true when the command is a composition of steps rather than `npm test` itself */
  composed: boolean;
}

/** Flags a runner documents for ending the process once its tests are done (open handles otherwise keep it alive). */
const EXIT_FLAGS: Readonly<Record<string, { flag: string; given: readonly string[] }>> = {
  // jestjs.io/docs/cli#--forceexit
  jest: { flag: '--forceExit', given: ['--forceExit', '--watch', '--watchAll'] },
  // mochajs.org/#-exit
  mocha: { flag: '--exit', given: ['--exit', '--no-exit', '--watch', '-w'] },
};

/** Linters and formatters: they judge style, which `upkeep score` measures; a codemod's reformatting may trip them. */
const LINTERS = new Set([
  'eslint',
  'xo',
  'standard',
  'semistandard',
  'prettier',
  'tslint',
  'jshint',
  'jscs',
  'biome',
  'oxlint',
  'stylelint',
  'markdownlint',
  'gts',
  'knip',
  'depcheck',
  'tsd',
  'tstyche',
  'attw',
  'publint',
  'dependency-cruiser',
  'depcruise',
  'lockfile-lint',
  'commitlint',
  'installed-check',
  'markdownlint-cli2',
]);
/** Scripts named as linting or formatting (`lint`, `lint:code`, `format:check`): left out whole, whatever they run. */
const LINT_SCRIPT = /^(?:lint|format|fmt|prettier|style)(?::|$)/;
/** Runners that need a browser, which a verification on this machine cannot assume. */
const BROWSER_RUNNERS = new Set(['karma', 'testem', 'wtr', 'web-test-runner', 'playwright', 'cypress', 'zuul']);
/** Scripts that hold a project's tests that need no servers, in order of preference. */
const UNIT_SCRIPTS = ['test:unit', 'test-unit', 'unit', 'test:unit-only'];
/** Client packages of database servers: a suite that depends on them and starts containers needs the servers. */
const SERVER_CLIENTS = [
  'pg',
  'mysql',
  'mysql2',
  'mariadb',
  'mssql',
  'tedious',
  'oracledb',
  'mongodb',
  'redis',
  'ioredis',
];

export interface AutoVerifyInput {
  scripts: Readonly<Record<string, string>>;
  dependencies?: Readonly<Record<string, string>>;
  devDependencies?: Readonly<Record<string, string>>;
}

/**
 * Chooses the command `--verify auto` runs, from the root package's scripts (pure: no I/O).
 * The rule: start from `scripts.test` with its `pretest`/`posttest`, as npm runs them; when the
 * project starts database containers in a script (`docker compose …`) and depends on a database
 * client, and has a unit-test script (`test:unit`, `unit`, …), start from that instead. Follow
 * `npm run x` / `yarn x` / `pnpm x` and npm-run-all's `run-s`/`run-p` into their scripts; drop the steps that only lint or format
 * (eslint, xo, prettier, gts, tsd, …), a `tsc --noEmit` type-check (the runner type-checks with
 * the project's TypeScript itself) and browser runners (karma, …). Everything else (the test
 * runners, the builds the tests need, such as `tsc -p tsconfig.test.json`) is run as written.
 * When nothing is dropped the command is `npm test` (or `npm run <script>`) itself.
 * Returns undefined when there is no `scripts.test`.
 */
export function chooseAutoVerify(input: AutoVerifyInput): AutoVerifyChoice | undefined {
  const { scripts } = input;
  if (typeof scripts['test'] !== 'string' || scripts['test'].trim() === '') return undefined;
  let script = 'test';
  let why = 'the test runner of package.json "scripts.test"';
  const servers = needsServers(input);
  if (servers) {
    const unit = UNIT_SCRIPTS.find((name) => typeof scripts[name] === 'string' && scripts[name].trim() !== '');
    if (unit) {
      script = unit;
      why = `"npm test" needs database servers (${servers}); "scripts.${unit}" runs the tests that need none`;
    } else why = `${why}; it may need database servers (${servers}): start them first`;
  }
  const dropped: { step: string; reason: string }[] = [];
  const expanded = expand(script, scripts, dropped, 0);
  const added: string[] = [];
  const kept = expanded.map((step) => {
    const flagged = withExitFlag(step);
    if (flagged !== step) added.push(flagged.slice(step.length).trim());
    return flagged;
  });
  const npmLine = script === 'test' ? 'npm test' : `npm run ${script}`;
  const exitNote =
    added.length > 0
      ? `; with ${[...new Set(added)].join(', ')}, the runner's documented way to end once its tests are done (open handles would keep it running)`
      : '';
  if (dropped.length === 0 && added.length === 0) return { command: npmLine, script, why, dropped, composed: false };
  if (kept.length === 0) {
    return {
      command: npmLine,
      script,
      why: `${why}; every step of it is a linter or a type-check, so it is run as it is`,
      dropped: [],
      composed: false,
    };
  }
  const reasons = [...new Set(dropped.map((step) => step.reason))].join('; ');
  const without =
    dropped.length > 0
      ? `, without ${[...new Set(dropped.map((step) => `\`${step.step}\``))].join(', ')} (${reasons})`
      : '';
  return { command: kept.join(' && '), script, why: `${why}${without}${exitNote}`, dropped, composed: true };
}

/** Which database servers the project's tests need, or undefined: a script starts containers and a server client is a dependency. */
function needsServers(input: AutoVerifyInput): string | undefined {
  const containers = Object.values(input.scripts).some((line) => /\bdocker(?:-compose|\s+compose)?\b/.test(line));
  if (!containers) return undefined;
  const deps = { ...input.dependencies, ...input.devDependencies };
  const clients = SERVER_CLIENTS.filter((name) => Object.hasOwn(deps, name));
  return clients.length > 0 ? `its scripts start containers; clients ${clients.join(', ')}` : undefined;
}

/** The steps of a script (with its pre/post scripts) that verify behaviour, `npm run x` followed. */
function expand(
  name: string,
  scripts: Readonly<Record<string, string>>,
  dropped: { step: string; reason: string }[],
  depth: number,
  extra = '',
  asLintScript = false,
): string[] {
  const line = scripts[name];
  if (line === undefined) return [];
  if (depth > 0 && !asLintScript && LINT_SCRIPT.test(name)) {
    // a lint script whose steps are not all recognized linters (`cd docs && npm run lint:knip`) is left out whole
    const inner: { step: string; reason: string }[] = [];
    const kept = expand(name, scripts, inner, depth, extra, true);
    if (kept.length > 0) {
      dropped.push({
        step: `npm run ${name}`,
        reason: 'linters judge style, which `upkeep score` measures, not behaviour',
      });
      return [];
    }
    dropped.push(...inner);
    return [];
  }
  const out: string[] = [];
  const pre = scripts[`pre${name}`];
  const post = scripts[`post${name}`];
  if (pre !== undefined) out.push(...expand(`pre${name}`, scripts, dropped, depth + 1));
  const steps = splitSteps(line);
  if (steps.some((step) => /^cd\s/.test(step))) {
    // `cd dir && …` moves every later step: the line is one step, in a subshell, or dropped whole
    const reasons = steps.filter((step) => !/^cd\s/.test(step)).map(dropReason);
    if (reasons.every((reason) => reason !== undefined)) dropped.push({ step: line, reason: reasons[0]! });
    else out.push(`(${line})`);
    if (post !== undefined) out.push(...expand(`post${name}`, scripts, dropped, depth + 1));
    return out;
  }
  for (const step of steps) {
    const text = extra !== '' && step === steps.at(-1) ? `${step} ${extra}` : step;
    const run = depth < 8 ? runsScript(text, scripts) : undefined;
    if (run) {
      out.push(...expand(run.name, scripts, dropped, depth + 1, run.extra));
      continue;
    }
    const all = depth < 8 ? runsAllScripts(text, scripts) : undefined;
    if (all) {
      for (const each of all) out.push(...expand(each, scripts, dropped, depth + 1));
      continue;
    }
    const reason = dropReason(text);
    if (reason) dropped.push({ step: text, reason });
    else out.push(text);
  }
  if (post !== undefined) out.push(...expand(`post${name}`, scripts, dropped, depth + 1));
  return out;
}

/** `npm run x -- args`, `npm test`, `yarn x`, `pnpm run x`: the script it runs and the arguments passed on. */
function runsScript(
  step: string,
  scripts: Readonly<Record<string, string>>,
): { name: string; extra: string } | undefined {
  const match = /^(?:npm|pnpm|yarn)\s+(?:run(?:-script)?\s+|(test)\b\s*)?([^\s-][^\s]*)?\s*(?:--\s+(.*))?$/.exec(
    step.trim(),
  );
  if (!match) return undefined;
  const name = match[1] ?? match[2];
  if (name === undefined || scripts[name] === undefined) return undefined;
  return { name, extra: match[3]?.trim() ?? '' };
}

/** npm-run-all's options that take a value (the word after them is not a script). */
const RUN_ALL_VALUE_OPTIONS = new Set(['--max-parallel', '--npm-path']);

/**
 * `run-s a b:*`, `run-p …`, `npm-run-all [-s|-p] …` (npm-run-all, npm-run-all2): the scripts it
 * runs, in package.json order for a glob (`*` is one `:`-separated segment, `**` any number), or
 * undefined when it is not such a step or a name matches no script. Parallel groups are run one
 * after the other: the same tests, judged by their exit codes and counts.
 */
function runsAllScripts(step: string, scripts: Readonly<Record<string, string>>): string[] | undefined {
  const words = step.trim().split(/\s+/);
  if (!['run-s', 'run-p', 'npm-run-all', 'npm-run-all2'].includes(words[0]!)) return undefined;
  const names: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word.startsWith('-')) {
      if (RUN_ALL_VALUE_OPTIONS.has(word)) i++;
      continue;
    }
    const pattern = word.replace(/^(['"])(.*)\1$/, '$2');
    if (!pattern.includes('*')) {
      if (scripts[pattern] === undefined) return undefined;
      names.push(pattern);
      continue;
    }
    const glob = new RegExp(
      `^${pattern
        .split(/(\*\*|\*)/)
        .map((part) => (part === '**' ? '.+' : part === '*' ? '[^:]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('')}$`,
    );
    const matched = Object.keys(scripts).filter((name) => glob.test(name));
    if (matched.length === 0) return undefined;
    names.push(...matched);
  }
  return names.length > 0 ? names : undefined;
}

/** The step with its runner's exit flag added, when it runs jest or mocha alone (not piped) without one. */
function withExitFlag(step: string): string {
  const commands = readScript('test', step);
  if (commands.length !== 1 || /[|]/.test(step.replace(/'[^']*'|"[^"]*"/g, ''))) return step;
  const exit = commands[0]!.runner === undefined ? undefined : EXIT_FLAGS[commands[0]!.runner];
  if (!exit) return step;
  const words = commands[0]!.argv;
  if (exit.given.some((flag) => words.includes(flag) || words.some((word) => word.startsWith(`${flag}=`)))) return step;
  return `${step} ${exit.flag}`;
}

/** Why a step is left out of the verification, or undefined to run it. */
function dropReason(step: string): string | undefined {
  const commands = readScript('test', step);
  if (commands.length === 0) return undefined;
  if (commands.some((command) => BROWSER_RUNNERS.has(command.command))) return 'needs a browser';
  if (commands.some((command) => command.runner !== undefined)) return undefined;
  if (commands.every((command) => LINTERS.has(command.command)))
    return 'linters judge style, which `upkeep score` measures, not behaviour';
  if (commands.every((command) => command.command === 'tsc' && command.flags.has('--noEmit')))
    return 'a type-check: the runner type-checks with the project\u2019s TypeScript itself';
  return undefined;
}

/** The `&&`- and `;`-separated steps of a script line, as written (quotes kept); pipes stay inside a step. */
export function splitSteps(line: string): string[] {
  const steps: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      current += c;
      if (c === '\\' && quote === '"' && i + 1 < line.length) current += line[++i];
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      current += c;
    } else if (c === '\\' && i + 1 < line.length) {
      current += c + line[++i]!;
    } else if ((c === '&' && line[i + 1] === '&') || c === ';' || c === '\n') {
      if (c === '&') i++;
      if (current.trim() !== '') steps.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim() !== '') steps.push(current.trim());
  return steps;
}
