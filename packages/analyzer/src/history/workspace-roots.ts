import { relative, sep } from 'node:path';
import type { ReportSource } from '@upkeep/core';
import { markWorkspaces, packageInfo, readPackages, type ReadText } from '../project/packages.js';
import type { ProjectModel } from '../project/types.js';
import { BlobReader } from '../sources/blob-reader.js';
import { gitTopLevel } from '../sources/git.js';

/** Files that declare workspaces beside a root package.json. */
const WORKSPACE_FILES = ['pnpm-workspace.yaml', 'lerna.json'];

/**
 * The package roots that are groups of a report: the project's own package (`''`) and its
 * workspace packages (`workspaces` in package.json, pnpm-workspace.yaml, lerna.json). Any other
 * package.json — a test fixture, an example, a vendored copy — is not a package of the project.
 * `packageRoots` are root-relative directories of every package.json listed; `read` gives a
 * root-relative file's text or undefined.
 */
export async function workspacePackageRoots(packageRoots: readonly string[], read: ReadText): Promise<string[]> {
  if (!packageRoots.includes('')) return [];
  const notices: string[] = [];
  const [root] = await readPackages(['package.json'], read, notices);
  if (root === undefined) return [''];
  const present = new Set<string>();
  for (const file of WORKSPACE_FILES) if ((await read(file)) !== undefined) present.add(file);
  const members = packageRoots.filter((dir) => dir !== '').map((dir) => packageInfo(`${dir}/package.json`, {}));
  await markWorkspaces([root, ...members], present, read, notices);
  return ['', ...members.filter((member) => member.isWorkspace).map((member) => member.dir)];
}

/** Reads root-relative files of a commit through one `git cat-file --batch` (`<commit>:<path>`); a missing file is undefined. */
function commitReader(reader: BlobReader, commit: string, prefix: string): ReadText {
  return (file) =>
    reader.read(`${commit}:${prefix === '' ? '' : `${prefix}/`}${file}`).then(
      (content) => content.toString('utf8'),
      () => undefined,
    );
}

/**
 * The package roots of a score report: from the project model's workspace flags for the work
 * tree, from the commit's own manifests for a commit read from git.
 */
export async function reportPackageRoots(
  root: string,
  packageRoots: readonly string[],
  model: ProjectModel | undefined,
  source: ReportSource,
): Promise<string[]> {
  if (model !== undefined) {
    const listed = new Set(packageRoots);
    const members = model.packages
      .filter((pkg) => pkg.isWorkspace && pkg.dir !== '' && listed.has(pkg.dir))
      .map((pkg) => pkg.dir);
    return listed.has('') ? ['', ...members] : members;
  }
  if (source.kind !== 'git') return workspacePackageRoots(packageRoots, async () => undefined);
  const top = (await gitTopLevel(root)) ?? root;
  const prefix = relative(top, root).split(sep).join('/');
  const reader = new BlobReader(top);
  try {
    return await workspacePackageRoots(packageRoots, commitReader(reader, source.commit, prefix));
  } finally {
    await reader.close();
  }
}
