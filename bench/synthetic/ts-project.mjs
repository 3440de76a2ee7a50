// A seeded, type-checking TypeScript-only project for the rename benchmark: every module has
// snake_case functions, parameters, locals, a class with snake_case methods and an interface,
// and imports from earlier modules, so a rename must follow names across files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Random, deriveSeed } from './random.mjs';

const WORDS = [
  'order',
  'price',
  'total',
  'user',
  'cart',
  'item',
  'tax',
  'rate',
  'invoice',
  'stock',
  'line',
  'report',
  'amount',
  'count',
  'label',
];
const MODULES_PER_DIR = 50;

/** @param {Random} random @param {number} parts */
function snake(random, parts) {
  return Array.from({ length: parts }, () => random.pick(WORDS)).join('_');
}

/**
 * @param {number} index
 * @param {number} seed
 * @returns {{ path: string, text: string }}
 */
function moduleFile(index, seed) {
  const random = new Random(deriveSeed(seed, `ts-module-${index}`));
  const dir = `src/area_${Math.floor(index / MODULES_PER_DIR)}`;
  const lines = [];
  const imports =
    index === 0
      ? []
      : random.sample([...new Set(Array.from({ length: 3 }, () => random.int(0, index - 1)))], Math.min(2, index));
  for (const target of imports) {
    lines.push(
      `import { compute_${target}, Record_${target} } from '../area_${Math.floor(target / MODULES_PER_DIR)}/mod_${target}.js';`,
    );
  }
  lines.push(
    '',
    `export interface Record_${index} {`,
    `  ${snake(random, 2)}_${index}: number;`,
    `  label_text: string;`,
    '}',
    '',
  );
  const helper = `${snake(random, 2)}_helper_${index}`;
  lines.push(`function ${helper}(first_value: number, second_value: number): number {`);
  lines.push(
    `  const scaled_value = first_value * ${random.int(2, 9)};`,
    `  let running_total = scaled_value + second_value;`,
  );
  lines.push(
    `  for (let loop_index = 0; loop_index < ${random.int(2, 5)}; loop_index++) running_total += loop_index;`,
    '  return running_total;',
    '}',
    '',
  );
  lines.push(`export function compute_${index}(input_value: number): number {`);
  const calls = imports.map((target) => `compute_${target}(input_value)`);
  lines.push(
    `  const partial_sum = ${[`${helper}(input_value, ${random.int(1, 99)})`, ...calls].join(' + ')};`,
    '  return partial_sum;',
    '}',
    '',
  );
  lines.push(`export class service_${index} {`, `  private call_count = 0;`, '');
  lines.push(
    `  run_once(record_value: Record_${index}): number {`,
    '    this.call_count += 1;',
    `    return this.apply_rule(record_value.label_text.length);`,
    '  }',
    '',
  );
  lines.push(
    `  private apply_rule(raw_amount: number): number {`,
    `    return compute_${index}(raw_amount) + this.call_count;`,
    '  }',
    '}',
    '',
  );
  for (const target of imports) {
    lines.push(
      `export function use_${target}_in_${index}(other_record: Record_${target}): number {`,
      `  return compute_${target}(other_record.label_text.length);`,
      '}',
      '',
    );
  }
  return { path: `${dir}/mod_${index}.ts`, text: `${lines.join('\n')}` };
}

/**
 * Writes the project to `outDir` (replacing it) and commits it in a fresh git repository.
 * @param {{ files: number, seed: number, outDir: string }} options
 * @returns {{ files: number, lines: number }}
 */
export function generateTsProject({ files, seed, outDir }) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let lines = 0;
  const write = (path, text) => {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), text);
    lines += text.split('\n').length;
  };
  write('package.json', `${JSON.stringify({ name: 'rename-bench', private: true, type: 'module' }, null, 2)}\n`);
  write(
    'tsconfig.json',
    `${JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true, types: [] }, include: ['src'] }, null, 2)}\n`,
  );
  for (let index = 0; index < files; index++) {
    const { path, text } = moduleFile(index, seed);
    write(path, text);
  }
  const git = (...args) =>
    execFileSync('git', args, {
      cwd: outDir,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'bench',
        GIT_AUTHOR_EMAIL: 'bench@example.com',
        GIT_COMMITTER_NAME: 'bench',
        GIT_COMMITTER_EMAIL: 'bench@example.com',
      },
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'generated');
  return { files, lines };
}
