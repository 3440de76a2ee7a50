/** The project model as environment detection sees it, for a given set of module files. */
import picomatch from 'picomatch';
import type { ProjectModel } from '../project/types.js';
import type { EnvironmentModel } from './types.js';

/**
 * The model's packages, runners and test files over `files` (the modules about to be linted, which
 * for a commit are not those on disk): a file the model does not list as a test is still one when
 * it matches the patterns of a runner of its package.
 */
export function environmentModelOf(model: ProjectModel, files: readonly string[]): EnvironmentModel {
  const matchers = model.testRunners.map((runner) => ({ runner, match: picomatch(runner.patterns, { dot: true }) }));
  const testFiles = new Map(model.testFiles);
  for (const file of files) {
    if (testFiles.has(file)) continue;
    const runners = matchers.filter(({ match }) => match(file)).map(({ runner }) => runner.id);
    if (runners.length > 0) testFiles.set(file, { runners: [...new Set(runners)], why: 'matches its test patterns' });
  }
  return {
    root: model.root,
    files,
    allFiles: model.allFiles,
    packages: model.packages,
    packageOf: (file) => model.packageOf(file),
    testRunners: model.testRunners,
    testFiles,
    ...(model.read ? { read: (file: string) => model.read!(file) } : {}),
  };
}
