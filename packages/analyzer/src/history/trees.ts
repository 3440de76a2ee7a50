/**
 * The trees of a trend's sampled commits without one `git ls-tree -r -l` per commit: the first
 * sampled commit's tree is listed whole, and each later one is the previous with the changes of
 * the first-parent commits between them applied, all read from one `git log --raw` (and the sizes
 * of the blobs that log introduces from one `git cat-file --batch-check`). Three git processes in
 * all, whatever the number of commits; each commit's tree is the same as `readTree` gives.
 */
import { spawn } from 'node:child_process';
import { gitIn, splitNul } from '../sources/git.js';
import { readTree, type CommitTree, type TreeBlob } from '../sources/git-tree.js';

/** One path of a tree: a blob (file or symlink: blob '') or, without `blob`, a submodule. */
type Item = TreeBlob | { submodule: true };

/** A change of one path in one commit, from `git log --raw -z`. */
interface Change {
  path: string;
  /** undefined: the path was deleted */
  item?: Item | { mode: string; object: string };
}

/**
 * The trees of `commits` (oldest first, each an ancestor on the first-parent line of the next),
 * relative to `prefix`. Yields them in order; only one tree is held at a time besides the one
 * yielded.
 */
export async function* commitTrees(
  top: string,
  prefix: string,
  commits: readonly string[],
): AsyncGenerator<CommitTree> {
  if (commits.length === 0) return;
  const first = await readTree(top, prefix, commits[0]!);
  yield first;
  if (commits.length === 1) return;
  const byCommit = await changesAlong(top, prefix, commits[0]!, commits.at(-1)!);
  const sizes = await blobSizes(
    top,
    [...byCommit.values()].flatMap((changes) =>
      changes.flatMap((change) =>
        change.item && 'object' in change.item && change.item.mode !== '160000' && change.item.mode !== '120000'
          ? [change.item.object]
          : [],
      ),
    ),
  );
  const state = new Map<string, Item>();
  for (const path of first.paths) state.set(path, first.blobs.get(path) ?? { submodule: true });
  const order = [...byCommit.keys()];
  let applied = 0;
  for (const commit of commits.slice(1)) {
    const until = order.indexOf(commit, applied);
    if (until === -1) {
      // not on the first-parent line walked: list it as it is
      yield await readTree(top, prefix, commit);
      continue;
    }
    for (; applied <= until; applied++) {
      for (const change of byCommit.get(order[applied]!)!) {
        if (change.item === undefined) state.delete(change.path);
        else if ('object' in change.item) {
          const { mode, object } = change.item;
          state.set(
            change.path,
            mode === '160000'
              ? { submodule: true }
              : mode === '120000'
                ? { blob: '', size: 0 }
                : { blob: object, size: sizes.get(object)! },
          );
        } else state.set(change.path, change.item);
      }
    }
    yield snapshot(state);
  }
}

function snapshot(state: ReadonlyMap<string, Item>): CommitTree {
  const paths = [...state.keys()].sort(gitOrder);
  const blobs = new Map<string, TreeBlob>();
  for (const path of paths) {
    const item = state.get(path)!;
    if ('blob' in item) blobs.set(path, item);
  }
  return { paths, blobs };
}

/** git's order of the paths of `ls-tree -r`: by their UTF-8 bytes. */
function gitOrder(a: string, b: string): number {
  if (a === b) return 0;
  // JavaScript compares UTF-16 units: the same as bytes unless a character outside the BMP is met
  return /[\ud800-\udfff]/.test(a + b) ? Buffer.compare(Buffer.from(a), Buffer.from(b)) : a < b ? -1 : 1;
}

/**
 * The changes of every first-parent commit after `from` up to `to` (a merge against its first
 * parent), oldest first, keyed by commit; paths relative to `prefix`.
 */
async function changesAlong(top: string, prefix: string, from: string, to: string): Promise<Map<string, Change[]>> {
  const output = await gitIn(top).raw([
    '-c',
    'core.quotePath=false',
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--raw',
    '-z',
    '--no-renames',
    '--no-abbrev',
    '--no-show-signature',
    '--format=%x01%H',
    // no pathspec: with one, git would leave out the commits that do not touch it
    `${from}..${to}`,
  ]);
  const below = prefix ? `${prefix}/` : '';
  const newestFirst: Array<[string, Change[]]> = [];
  const fields = splitNul(output);
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!.replace(/^\n+/, '');
    if (field.startsWith('\x01')) {
      newestFirst.push([field.slice(1).trim(), []]);
      continue;
    }
    if (!field.startsWith(':')) continue;
    // ":<old mode> <new mode> <old object> <new object> <status>", then the path
    const [, newMode, , newObject, status] = field.slice(1).split(' ');
    const full = fields[++i]!;
    if (!full.startsWith(below)) continue;
    const path = full.slice(below.length);
    const changes = newestFirst.at(-1)![1];
    changes.push(status === 'D' ? { path } : { path, item: { mode: newMode!, object: newObject! } });
  }
  return new Map(newestFirst.reverse());
}

/** The sizes of blobs by hash, through one `git cat-file --batch-check`. */
async function blobSizes(top: string, blobs: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(blobs)];
  const sizes = new Map<string, number>();
  if (unique.length === 0) return sizes;
  const git = spawn('git', ['cat-file', '--batch-check'], { cwd: top, stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  git.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  let stderr = '';
  git.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const closed = new Promise<number | null>((resolve, reject) => {
    git.on('error', reject);
    git.on('close', resolve);
  });
  // a git that died (a Ctrl-C reaches it too) fails the write with EPIPE: reported through 'close'
  git.stdin.on('error', () => undefined);
  git.stdin.end(`${unique.join('\n')}\n`);
  const code = await closed;
  if (code !== 0) throw new Error(`git cat-file --batch-check exited with code ${code}: ${stderr.trim()}`);
  for (const line of Buffer.concat(chunks).toString().split('\n')) {
    const [object, type, size] = line.split(' ');
    if (type === 'blob') sizes.set(object!, Number(size));
  }
  return sizes;
}
