import { posix } from 'node:path';
import type { TestRunnerId } from '../types.js';
import { splitScript } from '../shell.js';
import {
  NODE_LIKE,
  NODE_VALUE_OPTIONS,
  NON_LOADING_COMMANDS,
  RUNNER_COMMANDS,
  VALUE_OPTIONS,
  WRAPPERS,
  WRAPPER_VALUE_OPTIONS,
} from './conventions.js';

/** A word of a command line that may name a path, with where it stands. */
export interface ScriptWord {
  text: string;
  /** a positional argument of the command (not an option nor an option's value) */
  positional: boolean;
  /** the option this word is the value of (`--require`), if any */
  optionOf?: string;
}

/** One simple command of a package.json script, read as the shell and the command would read it. */
export interface ScriptCommand {
  /** `scripts.<name>` */
  script: string;
  /** the command's name (basename, `_mocha` stays `_mocha`) after wrappers such as npx, nyc, cross-env */
  command: string;
  /** the test runner it starts, if any (`node --test` is `node-test`) */
  runner?: TestRunnerId;
  /** the script file a node-like command runs (`node scripts/build.js`, `tsx src/cli.ts`) */
  nodeScript?: string;
  /** words after the command */
  words: ScriptWord[];
  /** the words after the command as written (quotes removed) */
  argv: string[];
  /** boolean flags given (`--recursive`) */
  flags: Set<string>;
  /** whether the command only reads or writes files without running them (eslint, prettier, rimraf, …) */
  nonLoading: boolean;
}

function commandName(word: string): string {
  const base = posix.basename(word.replace(/\\/g, '/'));
  return base.replace(/\.(?:c|m)?js$/, '');
}

/** The runner a node script path starts (`node_modules/mocha/bin/_mocha`, `node_modules/.bin/jest`). */
function runnerOfBin(path: string): TestRunnerId | undefined {
  const match = /node_modules\/(?:\.bin\/([^/]+)$|((?:@[^/]+\/)?[^/]+)\/)/.exec(path);
  if (!match) return undefined;
  if (match[1]) return RUNNER_COMMANDS[commandName(match[1])];
  const name = match[2]!;
  const base = commandName(path);
  return RUNNER_COMMANDS[base] ?? RUNNER_COMMANDS[name];
}

/** Skips wrapper commands (npx, cross-env, nyc, istanbul cover, …) and returns the index of the real command. */
function skipWrappers(words: readonly string[]): number {
  let i = 0;
  for (let guard = 0; guard < 10 && i < words.length; guard++) {
    const name = commandName(words[i]!);
    if (
      (name === 'pnpm' || name === 'npm' || name === 'yarn' || name === 'bun') &&
      ['exec', 'x', 'dlx'].includes(words[i + 1] ?? '')
    ) {
      i += 2;
    } else if (name === 'yarn' && words[i + 1] && RUNNER_COMMANDS[words[i + 1]!] !== undefined) {
      i += 1;
    } else if (WRAPPERS.has(name)) {
      i++;
      if (name === 'istanbul' && ['cover', 'test'].includes(words[i] ?? '')) i++;
    } else return i;
    while (i < words.length) {
      const word = words[i]!;
      if (word === '--') {
        i++;
        break;
      }
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) i++;
      else if (word.startsWith('-')) i += !word.includes('=') && WRAPPER_VALUE_OPTIONS.has(word) ? 2 : 1;
      else break;
    }
  }
  return i;
}

/** Reads the words after a command: which are options, option values and positional arguments. */
function readWords(
  words: readonly string[],
  valueOptions: ReadonlySet<string>,
): { words: ScriptWord[]; flags: Set<string> } {
  const out: ScriptWord[] = [];
  const flags = new Set<string>();
  let afterDashDash = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!afterDashDash && word === '--') {
      afterDashDash = true;
      continue;
    }
    if (!afterDashDash && word.startsWith('-') && word.length > 1) {
      const eq = word.indexOf('=');
      if (eq !== -1) {
        out.push({ text: word.slice(eq + 1), positional: false, optionOf: word.slice(0, eq) });
      } else if (valueOptions.has(word) && i + 1 < words.length) {
        out.push({ text: words[++i]!, positional: false, optionOf: word });
      } else flags.add(word);
      continue;
    }
    out.push({ text: word, positional: true });
  }
  return { words: out, flags };
}

/** Tells which test runner a script path run by node starts when it is not in node_modules (a runner's own repository). */
export type LocalRunnerBin = (path: string) => TestRunnerId | undefined;

/** Every simple command of a script, with the runner it starts and the paths it names. */
export function readScript(script: string, line: string, localBin: LocalRunnerBin = () => undefined): ScriptCommand[] {
  const out: ScriptCommand[] = [];
  for (const simple of splitScript(line)) {
    const words = simple.words;
    const start = skipWrappers(words);
    if (start >= words.length) continue;
    const name = commandName(words[start]!);
    const rest = words.slice(start + 1);
    if (NODE_LIKE.has(name)) {
      out.push(readNodeCommand(script, name, rest, localBin));
      continue;
    }
    const runner = RUNNER_COMMANDS[name];
    const read = readWords(rest, new Set(runner ? VALUE_OPTIONS[runner] : []));
    out.push({
      script,
      command: name,
      ...(runner ? { runner } : {}),
      words: read.words,
      argv: rest,
      flags: read.flags,
      nonLoading: NON_LOADING_COMMANDS.has(name),
    });
  }
  return out;
}

/** `node [options] <script> [args]`, `node --test [paths]`, `node node_modules/.bin/mocha [args]`. */
function readNodeCommand(script: string, name: string, rest: string[], localBin: LocalRunnerBin): ScriptCommand {
  let i = 0;
  const nodeWords: ScriptWord[] = [];
  const flags = new Set<string>();
  for (; i < rest.length; i++) {
    const word = rest[i]!;
    if (!word.startsWith('-') || word === '-') break;
    if (word === '--') {
      i++;
      break;
    }
    if (['-e', '--eval', '-p', '--print'].includes(word))
      return { script, command: name, words: [], argv: rest, flags, nonLoading: false };
    const eq = word.indexOf('=');
    if (eq !== -1) nodeWords.push({ text: word.slice(eq + 1), positional: false, optionOf: word.slice(0, eq) });
    else if (NODE_VALUE_OPTIONS.has(word) && i + 1 < rest.length)
      nodeWords.push({ text: rest[++i]!, positional: false, optionOf: word });
    else flags.add(word);
  }
  if (flags.has('--test')) {
    const read = readWords(rest.slice(i), new Set(VALUE_OPTIONS['node-test']));
    return {
      script,
      command: name,
      runner: 'node-test',
      words: [...nodeWords, ...read.words],
      argv: rest,
      flags: new Set([...flags, ...read.flags]),
      nonLoading: false,
    };
  }
  const target = rest[i];
  if (target === undefined) return { script, command: name, words: nodeWords, argv: rest, flags, nonLoading: false };
  const runner = runnerOfBin(target.replace(/^\.\//, '')) ?? localBin(target);
  if (runner) {
    const read = readWords(rest.slice(i + 1), new Set(VALUE_OPTIONS[runner]));
    return {
      script,
      command: commandName(target),
      runner,
      words: [...nodeWords, ...read.words],
      argv: rest,
      flags: read.flags,
      nonLoading: false,
    };
  }
  const args = rest.slice(i + 1).map((text): ScriptWord => ({ text, positional: true }));
  return {
    script,
    command: name,
    nodeScript: target,
    words: [...nodeWords, ...args],
    argv: rest,
    flags,
    nonLoading: false,
  };
}

const PACKAGE_MANAGERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);

/**
 * `npm run <script> -- <args>` (also pnpm, yarn, bun): the other script's line with the arguments
 * appended, as the package manager runs it; undefined when the command forwards nothing.
 */
export function forwardedScript(
  command: ScriptCommand,
  scripts: Readonly<Record<string, string>>,
): { target: string; line: string } | undefined {
  if (!PACKAGE_MANAGERS.has(command.command)) return undefined;
  const argv = command.argv;
  let i = 0;
  if (argv[i] === 'run' || argv[i] === 'run-script') i++;
  else if (command.command === 'npm') return undefined;
  while (i < argv.length && argv[i]!.startsWith('-')) i++;
  const target = argv[i];
  if (target === undefined || scripts[target] === undefined) return undefined;
  const extra = argv.slice(i + 1);
  if (extra[0] === '--') extra.shift();
  if (extra.length === 0) return undefined;
  const quoted = extra.map((arg) => `'${arg.replace(/'/g, "'\\''")}'`);
  return { target, line: `${scripts[target]} ${quoted.join(' ')}` };
}
