import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OXLINT_PRESETS } from '@upkeep/eslint-plugin/oxlint';
import type { LintFacts, LintInput, LintSpec } from '../../lint-spec.js';
import type { FileEnvironment } from '../../../environment/types.js';
import type { LintHooks, LintOutcome } from '../../pool.js';
import type { LintEngine } from '../engine.js';
import { EslintEngine } from '../eslint-engine.js';
import { BRIDGE_PLUGIN, oxlintRun, routedFiles, type OxlintRun } from './config.js';
import { factsOf, type OxlintDiagnostic } from './diagnostics.js';
import { configuresRules } from './directives.js';
import { withInertDirectives } from './inert-directives.js';
import { parserOptionsTable } from './parser-options.js';

const require = createRequire(import.meta.url);

/** More files than this go to oxlint in several runs, so its JSON output stays a few tens of MB. */
const BATCH_SIZE = 5000;

/** oxlint's version, as installed beside the analyzer. */
function oxlintVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('oxlint/package.json'), 'utf8')) as { version: string }).version;
}

/** The oxlint command: its bin script run by this Node, or `UPKEEP_OXLINT_BIN` (tests simulate a missing binary with it). */
function oxlintBin(): string {
  return process.env.UPKEEP_OXLINT_BIN ?? join(dirname(require.resolve('oxlint/package.json')), 'bin', 'oxlint');
}

interface Spawned {
  code: number | null;
  /** the signal that ended oxlint, if one did */
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

/**
 * V8 flags of the Node that runs oxlint and hosts its JS plugins. That host deserializes every
 * module's AST and runs the bridged ESLint rules on it; with V8's default 16 MB semi-spaces its
 * young generation was collected about 530 times on the 2,000-module benchmark project (7–9 s of
 * scavenge pauses), with 64 MB semi-spaces about 170 times (5–6 s). oxlint's process alone, 12
 * runs of each on a loaded machine: median 26.2 → 22.8 CPU-s, for 60–100 MB more peak RSS
 * (bench/README.md, "third pass").
 */
const OXLINT_NODE_FLAGS = ['--max-semi-space-size=64'];

/** Runs oxlint; an abort of `signal` kills it (the result then has `error`, an AbortError). */
function run(args: string[], cwd: string, signal?: AbortSignal): Promise<Spawned> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...OXLINT_NODE_FLAGS, oxlintBin(), ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      signal,
    });
    // decoded chunk by chunk (UTF-8 split across chunks is handled by the stream's decoder) and
    // joined once: the JSON of 2,000 modules is about 40 MB, and concatenating the buffers, then
    // decoding the whole, copied it twice more (about 0.9 CPU-s in the main process)
    const out: string[] = [];
    const err: string[] = [];
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => out.push(chunk));
    child.stderr.on('data', (chunk: string) => err.push(chunk));
    child.on('error', (error) => resolve({ code: null, stdout: '', stderr: '', error }));
    child.on('close', (code, signal) => resolve({ code, signal, stdout: out.join(''), stderr: err.join('') }));
  });
}

/**
 * oxlint running the `recommended` preset: its native rules where they report the same as ESLint's,
 * the rest (upkeep's rules, sonarjs, a few core rules) and the statement count as ESLint rules
 * through a JS plugin, in one oxlint process per batch that spreads the files over its own threads.
 * Module texts are written to a temporary directory under their own paths first, so texts from any
 * source (work tree, git objects) lint alike.
 */
export class OxlintEngine implements LintEngine {
  readonly id = 'oxlint' as const;
  readonly version: string = oxlintVersion();
  private readonly plan: OxlintRun;

  constructor(readonly spec: LintSpec) {
    if (spec.eslintConfig !== 'recommended')
      throw new Error(`the oxlint engine runs only the recommended preset, not ${spec.eslintConfig}`);
    this.plan = oxlintRun(OXLINT_PRESETS.recommended, './upkeep-js.mjs');
  }

  async unavailable(): Promise<string | undefined> {
    const result = await run(['--version'], tmpdir());
    if (result.error) return result.error.message;
    if (result.code !== 0 || !/\d+\.\d+/.test(result.stdout)) {
      return (result.stderr.trim().split('\n')[0] ?? '') || `oxlint --version exited with code ${result.code}`;
    }
    return undefined;
  }

  /** With `hooks.signal`, an abort ends the run at once: the oxlint process in flight is killed, nothing more is yielded. */
  async *lintAll(inputs: LintInput[], jobs: number, hooks: LintHooks = {}): AsyncGenerator<LintOutcome> {
    for (let start = 0; start < inputs.length; start += BATCH_SIZE) {
      if (hooks.signal?.aborted) return;
      yield* this.lintBatch(inputs.slice(start, start + BATCH_SIZE), jobs, hooks);
    }
  }

  private async *lintBatch(batchInputs: LintInput[], jobs: number, hooks: LintHooks): AsyncGenerator<LintOutcome> {
    // a module that configures rules in a comment (`/* eslint max-params: ["error", 1] */`) is
    // linted by ESLint: oxlint takes such a comment's severity but not its options, nor rules the
    // preset does not turn on
    const configuring = batchInputs.filter((input) => configuresRules(input.path, input.text));
    const toEslint = new Set(configuring);
    const inputs = toEslint.size === 0 ? batchInputs : batchInputs.filter((input) => !toEslint.has(input));
    if (configuring.length > 0) yield* new EslintEngine(this.spec).lintAll(configuring, jobs, hooks);
    if (inputs.length === 0 || hooks.signal?.aborted) return;
    const dir = await mkdtemp(join(tmpdir(), 'upkeep-oxlint-'));
    try {
      const located = await this.writeInputs(dir, inputs);
      const counts = join(dir, 'counts', 'statements');
      await mkdir(dirname(counts));
      const bridge = bridgeUrl();
      const routed = routedFiles([...located].map(([file, input]) => [file, input.text] as const));
      const batch = this.plan.batch(new Set(inputs.map((input) => extname(input.path))), routed);
      const files = {
        parserOptions: parserOptionsTable(
          OXLINT_PRESETS.recommended,
          [...located].map(([file, input]) => [join(dir, file), input.path, this.environmentOf(input)] as const),
        ),
      };
      await writeFile(
        join(dir, 'upkeep-js.mjs'),
        `import { bridgePlugin } from ${JSON.stringify(bridge)};\n` +
          `export default await bridgePlugin(${JSON.stringify(BRIDGE_PLUGIN)}, ${JSON.stringify(batch.bridgeRules)}, ${JSON.stringify(counts)}, ${JSON.stringify(files)});\n`,
      );
      await writeFile(join(dir, '.oxlintrc.json'), JSON.stringify(batch.config(this.environmentsOf(located))));
      const args = [
        '-c',
        '.oxlintrc.json',
        '-f',
        'json',
        '--disable-nested-config',
        '--no-ignore',
        `--threads=${Math.max(1, jobs)}`,
        'files',
      ];
      const result = await run(args, dir, hooks.signal);
      // a Ctrl-C reaches oxlint and upkeep together; upkeep's own handler may run a moment later
      if (result.signal === 'SIGINT' && hooks.signal && !hooks.signal.aborted) await settle(hooks.signal, 500);
      if (hooks.signal?.aborted) return;
      const diagnostics = parseOutput(result);
      const statements = await readCounts(dirname(counts));
      const byFile = new Map<string, OxlintDiagnostic[]>();
      for (const diagnostic of diagnostics) {
        const list = byFile.get(diagnostic.filename);
        if (list) list.push(diagnostic);
        else byFile.set(diagnostic.filename, [diagnostic]);
      }
      const unparsed: LintOutcome[] = [];
      for (const [file, input] of located) {
        const env = this.environmentOf(input);
        const facts: LintFacts = factsOf(
          input,
          byFile.get(file) ?? [],
          statements.get(join(dir, file)),
          this.plan.ruleIdOf,
          env,
        );
        if (facts.parseable && facts.crash === undefined) yield { path: input.path, facts, input };
        else unparsed.push({ path: input.path, facts, input });
      }
      yield* this.onEslint(unparsed, jobs, hooks);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /**
   * Modules oxlint cannot parse (a syntax it does not take, or a TypeScript error it treats as
   * fatal), or on which an ESLint rule fails inside oxlint's JS plugin host, are linted by ESLint;
   * the result of whichever engine parses and lints the module counts. A rule that fails under
   * ESLint too leaves the module its fatal-error, as it would without oxlint.
   */
  private async *onEslint(unparsed: LintOutcome[], jobs: number, hooks: LintHooks): AsyncGenerator<LintOutcome> {
    if (unparsed.length === 0 || hooks.signal?.aborted) return;
    const byInput = new Map(unparsed.map((outcome) => [outcome.input, outcome]));
    for await (const outcome of new EslintEngine(this.spec).lintAll([...byInput.keys()], jobs, hooks)) {
      const ours = byInput.get(outcome.input)!;
      if (outcome.facts.crash !== undefined) {
        yield ours;
        continue;
      }
      if (!outcome.facts.parseable) {
        // neither parses it: ESLint's one parse error (oxlint's parser goes on and can report
        // several, each an E), so the module reads as under ESLint; a rule that failed in oxlint
        // on a module ESLint cannot parse keeps its fatal error
        yield ours.facts.crash === undefined ? { ...outcome, input: ours.input } : ours;
        continue;
      }
      const why =
        ours.facts.crash === undefined
          ? `oxlint cannot parse it (${ours.facts.messages.find((message) => message.fatal)?.message ?? 'a parse error'})`
          : `a rule failed inside oxlint (${ours.facts.crash})`;
      yield { ...outcome, note: `${outcome.path}: ${why}; ESLint's result is used` };
    }
  }

  private environmentOf(input: LintInput): FileEnvironment | undefined {
    return input.environment === undefined ? undefined : this.spec.environments?.[input.environment];
  }

  /** The files of each environment of the batch, as oxlint sees them (the environments' globals and test layers). */
  private environmentsOf(located: Map<string, LintInput>): Array<{ files: string[]; env: FileEnvironment }> {
    const byId = new Map<string, string[]>();
    for (const [file, input] of located) {
      if (input.environment === undefined || this.spec.environments?.[input.environment] === undefined) continue;
      const files = byId.get(input.environment);
      if (files) files.push(file);
      else byId.set(input.environment, [file]);
    }
    return [...byId].map(([id, files]) => ({ files, env: this.spec.environments![id]! }));
  }

  /** Writes each input under files/<n>/<path>, n telling apart inputs with the same path; returns them by written path. */
  private async writeInputs(dir: string, inputs: LintInput[]): Promise<Map<string, LintInput>> {
    const located = new Map<string, LintInput>();
    const seen = new Map<string, number>();
    const dirs = new Set<string>();
    for (const input of inputs) {
      const round = seen.get(input.path) ?? 0;
      seen.set(input.path, round + 1);
      const file = `files/${round}/${input.path}`;
      located.set(file, input);
      dirs.add(dirname(join(dir, file)));
    }
    await Promise.all([...dirs].map((path) => mkdir(path, { recursive: true })));
    await Promise.all(
      [...located].map(([file, input]) => writeFile(join(dir, file), withInertDirectives(input.path, input.text))),
    );
    return located;
  }
}

/**
 * What oxlint's failure says, in one line: the first `…Error: …` line of its output (Node's
 * "Error: Cannot find module '/nonexistent'" under the loader's stack), else its first lines.
 */
function failureReason(result: Spawned): string {
  const text = result.stderr.trim() || result.stdout.trim();
  const error = /^\s*(?:[\w.]*Error|error)(?:\[\w+\])?: .*$/m.exec(text)?.[0].trim();
  return (error ?? text.split('\n').slice(0, 3).join(' ')).slice(0, 500);
}

/** Resolves when `signal` aborts, or after `ms` milliseconds. */
function settle(signal: AbortSignal, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Thrown when oxlint cannot run at all (missing binary, broken install): the caller falls back to ESLint. */
export class OxlintFailure extends Error {}

/** The compiled bridge plugin (also when the analyzer runs from source under the test runner: oxlint's Node loads only JavaScript). */
function bridgeUrl(): string {
  const resolved = require.resolve('@upkeep/eslint-plugin/oxlint-bridge');
  return pathToFileURL(resolved.replace(/[\\/]src[\\/]oxlint[\\/]bridge\.ts$/, '/dist/oxlint/bridge.js')).href;
}

function parseOutput(result: Spawned): OxlintDiagnostic[] {
  if (result.error) throw new OxlintFailure(`oxlint did not start: ${result.error.message}`);
  const start = result.stdout.indexOf('{');
  try {
    return (JSON.parse(result.stdout.slice(start)) as { diagnostics: OxlintDiagnostic[] }).diagnostics;
  } catch {
    throw new OxlintFailure(`oxlint failed (exit code ${result.code}): ${failureReason(result)}`);
  }
}

/** The statement counts the JS plugin appended, by absolute file name (one file per oxlint thread). */
async function readCounts(dir: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const name of await readdir(dir)) {
    for (const line of (await readFile(join(dir, name), 'utf8')).split('\n')) {
      if (line === '') continue;
      const { file, statements } = JSON.parse(line) as { file: string; statements: number };
      counts.set(file, statements);
    }
  }
  return counts;
}
