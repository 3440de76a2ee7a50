/**
 * The project model of consecutive commits whose model inputs did not change: most commits of a
 * history edit modules only, and the model (packages, tsconfigs, test runners, entries) depends on
 * the paths of the tree, which listed modules are text, and the files it reads as text — not on
 * the modules' contents. The last model is reused when all three are the same; the listing and
 * scope (with the commit's blobs) and the reader are always the commit's own.
 */
import type { CommitFiles } from '../project/commit-files.js';
import type { ProjectFiles } from '../project/model.js';
import type { ProjectModel } from '../project/types.js';
import type { FileFacts } from '../environment/file-facts.js';
import type { EnvironmentPlan } from '../environment/types.js';
import type { CommitTree } from '../sources/git-tree.js';

interface Remembered {
  paths: string;
  modules: string;
  /** every file the model read, with the blob it had ('' when absent) */
  reads: Map<string, string>;
  model: ProjectModel;
}

export class CommitModelMemo {
  private last: Remembered | undefined;
  /** models built, and reused, so far */
  readonly counters = { built: 0, reused: 0 };
  /** changes each time a model is built: two commits with the same generation share their model's content */
  get generation(): number {
    return this.counters.built;
  }

  /** The model of a commit's files: the last one when its inputs are the same, else `build`'s. */
  async modelOf(
    files: CommitFiles,
    tree: CommitTree,
    build: (files: ProjectFiles) => Promise<ProjectModel>,
  ): Promise<ProjectModel> {
    const paths = tree.paths.join('\0');
    // the scope's modules when paths limit the listing: the environments are planned over them
    const modules = (files.scope ?? files.listing).entries
      .map((entry) => (files.isModule?.(entry.path) ? '1' : '0'))
      .join('');
    const blobOf = (file: string): string => tree.blobs.get(file)?.blob ?? '';
    const last = this.last;
    if (
      last !== undefined &&
      last.paths === paths &&
      last.modules === modules &&
      [...last.reads].every(([file, blob]) => blobOf(file) === blob)
    ) {
      this.counters.reused++;
      return {
        ...last.model,
        listing: files.listing,
        ...(files.scope === undefined ? {} : { scope: files.scope }),
        read: files.read,
        contentOf: () => undefined,
      };
    }
    const reads = new Map<string, string>();
    const model = await build({
      ...files,
      read: (file) => {
        reads.set(file, blobOf(file));
        return files.read(file);
      },
    });
    this.counters.built++;
    this.last = { paths, modules, reads, model: { ...model, read: files.read } };
    return { ...model, read: files.read };
  }
}

/**
 * The environment plan of consecutive commits whose detection inputs did not change: the same
 * model (same generation), the same module paths, the same facts for each (the facts store gives
 * one object per distinct content of facts) and the same blob for every file detection read
 * (pages, their scripts). Detection also reads the work tree's ESLint configs, the same for the
 * whole run.
 */
export class CommitPlanMemo {
  private last:
    | { generation: number; paths: string; facts: FileFacts[]; reads: Map<string, string>; plan: EnvironmentPlan }
    | undefined;
  readonly counters = { built: 0, reused: 0 };

  async planOf(
    generation: number,
    paths: readonly string[],
    facts: ReadonlyMap<string, FileFacts>,
    tree: CommitTree,
    read: ((file: string) => Promise<string | undefined>) | undefined,
    detect: (read: ((file: string) => Promise<string | undefined>) | undefined) => Promise<EnvironmentPlan>,
  ): Promise<EnvironmentPlan> {
    const joined = paths.join('\0');
    const list = paths.map((path) => facts.get(path)!);
    const blobOf = (file: string): string => tree.blobs.get(file)?.blob ?? '';
    const last = this.last;
    if (
      last !== undefined &&
      list.every((item) => item !== undefined) &&
      last.generation === generation &&
      last.paths === joined &&
      last.facts.length === list.length &&
      last.facts.every((item, index) => item === list[index]) &&
      [...last.reads].every(([file, blob]) => blobOf(file) === blob)
    ) {
      this.counters.reused++;
      return last.plan;
    }
    const reads = new Map<string, string>();
    const plan = await detect(
      read &&
        ((file) => {
          reads.set(file, blobOf(file));
          return read(file);
        }),
    );
    this.counters.built++;
    this.last = list.every((item) => item !== undefined)
      ? { generation, paths: joined, facts: list, reads, plan }
      : undefined;
    return plan;
  }
}
