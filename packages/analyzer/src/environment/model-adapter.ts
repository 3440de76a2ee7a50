/**
 * A stand-in for the project model's package and test-file view, built from a source listing,
 * until score builds the shared project model: packages from package.json files, test runners
 * from dependencies and scripts, test files by the runners' default locations.
 */
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gitIn, gitTopLevel, splitNul } from '../sources/git.js';
import type { EnvironmentModel, EnvironmentPackage } from './types.js';

const RUNNERS = ['mocha', 'jest', 'vitest', 'jasmine', 'ava', 'tap', 'tape', 'qunit', 'karma'];
const TEST_FILE = /(?:^|\/)(?:test|tests|spec|specs|__tests__)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;

interface Manifest extends EnvironmentPackage {
  scripts: Record<string, string>;
}

export async function localEnvironmentModel(root: string, files: readonly string[], packageRoots: readonly string[]): Promise<EnvironmentModel> {
  const allFiles = await listAllFiles(root, files);
  const packages: Manifest[] = [];
  for (const dir of packageRoots) {
    const text = await readFile(join(root, dir, 'package.json'), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    } catch {
      continue;
    }
    packages.push({
      dir,
      type: json['type'] === 'module' ? 'module' : 'commonjs',
      fields: { browser: json['browser'] },
      dependencies: (json['dependencies'] as Record<string, string>) ?? {},
      devDependencies: (json['devDependencies'] as Record<string, string>) ?? {},
      scripts: (json['scripts'] as Record<string, string>) ?? {},
    });
  }
  packages.sort((a, b) => b.dir.length - a.dir.length);
  const packageOf = (file: string): Manifest | undefined => packages.find((pkg) => pkg.dir === '' || file.startsWith(`${pkg.dir}/`));
  const testRunners: EnvironmentModel['testRunners'][number][] = [];
  for (const pkg of packages) {
    for (const id of RUNNERS) {
      const inDeps = id in pkg.devDependencies || id in pkg.dependencies;
      const inScripts = Object.values(pkg.scripts).some((script) => new RegExp(`\\b${id}\\b`).test(script));
      if (inDeps || inScripts) testRunners.push({ id, packageDir: pkg.dir, why: inDeps ? `${id} in the dependencies of ${pkg.dir || 'the root package'}` : `${id} in its scripts` });
    }
  }
  const testFiles = new Map<string, { runners: string[]; why: string }>();
  for (const file of files) {
    if (!TEST_FILE.test(file)) continue;
    for (let dir: string | undefined = packageOf(file)?.dir; dir !== undefined; dir = parentPackageDir(packages, dir)) {
      const runners = testRunners.filter((runner) => runner.packageDir === dir).map((runner) => runner.id);
      if (runners.length > 0) {
        testFiles.set(file, { runners, why: `in a test folder or named *.test/*.spec (${runners.join(', ')} default)` });
        break;
      }
    }
  }
  return { root, files, allFiles, packages, packageOf, testRunners, testFiles };
}

function parentPackageDir(packages: readonly Manifest[], dir: string): string | undefined {
  if (dir === '') return undefined;
  return packages.find((pkg) => pkg.dir !== dir && (pkg.dir === '' || dir.startsWith(`${pkg.dir}/`)))?.dir;
}

async function listAllFiles(root: string, files: readonly string[]): Promise<string[]> {
  if (await gitTopLevel(root)) {
    const output = await gitIn(root).raw(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', '.']);
    return splitNul(output);
  }
  const dirs = new Set<string>(['']);
  for (const file of files) for (let dir = posix.dirname(file); dir !== '.'; dir = posix.dirname(dir)) dirs.add(dir);
  const { readdir } = await import('node:fs/promises');
  const out: string[] = [];
  for (const dir of dirs) {
    for (const name of await readdir(join(root, dir)).catch(() => [] as string[])) out.push(dir ? `${dir}/${name}` : name);
  }
  return out;
}
