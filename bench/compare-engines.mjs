#!/usr/bin/env node
// Compares the oxlint and ESLint engines on one project: runs `upkeep score --format json --no-cache`
// with each (or reads two JSON reports already written) and lists, per rule, every message one
// engine gives and the other does not. The native rules that report the same problems at another
// column (OXLINT_POSITION_ONLY_RULES, docs/engines.md) and parse errors are compared by their count per module.
//
//   node bench/compare-engines.mjs <project dir> [--reports <oxlint.json> <eslint.json>] [--json]
//
// Prints: both scores, the number of modules whose messages or statement counts differ, and each
// differing message as "<rule>  <only-in engine>  <path>:<line>:<column>  <message>".
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { OXLINT_POSITION_ONLY_RULES } = await import(join(root, 'rules', 'dist', 'oxlint', 'index.js'));

function report(project, engine) {
  const out = execFileSync(
    process.execPath,
    [
      join(root, 'packages', 'cli', 'dist', 'bin.js'),
      'score',
      '--engine',
      engine,
      '--format',
      'json',
      '--no-cache',
      '--quiet',
    ],
    { cwd: project, maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out);
}

/** "rule line:column" keys of a module's messages, with their texts; position-only rules as "rule ×n". */
function keys(module) {
  const found = new Map();
  const counts = new Map();
  for (const message of module.messages) {
    const rule = message.ruleId ?? 'parse-error';
    // a parse error's column and text differ between the parsers (docs/engines.md): compared by count
    if (rule in OXLINT_POSITION_ONLY_RULES || rule === 'syntax-error') counts.set(rule, (counts.get(rule) ?? 0) + 1);
    else {
      let key = `${rule} ${message.line}:${message.column}`;
      while (found.has(key)) key += '+';
      found.set(key, message.message);
    }
  }
  for (const [rule, count] of counts) found.set(`${rule} ×${count}`, '');
  found.set(`#statements ${module.statements}`, '');
  return found;
}

export function compareReports(oxlint, eslint) {
  const byPath = (r) => new Map(r.modules.map((m) => [m.path, m]));
  const [ox, es] = [byPath(oxlint), byPath(eslint)];
  const differences = [];
  const modules = new Set();
  for (const path of new Set([...ox.keys(), ...es.keys()])) {
    const [a, b] = [keys(ox.get(path) ?? { messages: [] }), keys(es.get(path) ?? { messages: [] })];
    for (const [only, mine, theirs] of [
      ['oxlint', a, b],
      ['eslint', b, a],
    ]) {
      for (const [key, text] of mine) {
        if (theirs.has(key)) continue;
        differences.push({ only, path, key, text });
        modules.add(path);
      }
    }
  }
  return {
    oxlint: oxlint.total.score,
    eslint: eslint.total.score,
    modules: ox.size,
    modulesDiffering: modules.size,
    differences,
  };
}

const args = process.argv.slice(2);
const project = args[0];
if (project === undefined) {
  console.error('usage: node bench/compare-engines.mjs <project dir> [--reports <oxlint.json> <eslint.json>] [--json]');
  process.exit(2);
}
const at = args.indexOf('--reports');
const [oxlint, eslint] =
  at === -1
    ? [report(project, 'oxlint'), report(project, 'eslint')]
    : [JSON.parse(readFileSync(args[at + 1], 'utf8')), JSON.parse(readFileSync(args[at + 2], 'utf8'))];
const result = compareReports(oxlint, eslint);
if (args.includes('--json')) console.log(JSON.stringify(result, null, 1));
else {
  console.log(
    `${project}: oxlint ${result.oxlint.toFixed(4)}  eslint ${result.eslint.toFixed(4)}  ` +
      `modules differing ${result.modulesDiffering} of ${result.modules}`,
  );
  const sorted = result.differences.sort((x, y) =>
    x.key.split(' ')[0] === y.key.split(' ')[0] ? (x.path < y.path ? -1 : 1) : x.key < y.key ? -1 : 1,
  );
  for (const d of sorted) {
    const [rule, where] = d.key.split(' ');
    console.log(`${rule.padEnd(40)} only ${d.only.padEnd(6)} ${d.path}:${where}  ${d.text.slice(0, 100)}`);
  }
}
