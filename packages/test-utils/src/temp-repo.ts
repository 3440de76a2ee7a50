import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempRepo {
  dir: string;
  /** writes files (creating directories), relative to the repository */
  write(files: Record<string, string | Buffer>): void;
  remove(...paths: string[]): void;
  /** commits everything in the work tree and returns the commit hash */
  commit(message: string): string;
  git(...args: string[]): string;
  cleanup(): void;
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.test',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.test',
};

export function createTempDir(prefix = 'upkeep-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A real git repository in a temporary directory, with deterministic identity and dates. */
export function createTempRepo(files: Record<string, string | Buffer> = {}): TempRepo {
  const dir = createTempDir();
  let clock = Date.UTC(2024, 0, 1) / 1000;
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...IDENTITY, GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  const repo: TempRepo = {
    dir,
    write(entries) {
      for (const [path, content] of Object.entries(entries)) {
        const file = join(dir, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    },
    remove(...paths) {
      for (const path of paths) rmSync(join(dir, path), { recursive: true, force: true });
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      clock += 86_400;
      return git('rev-parse', 'HEAD').trim();
    },
    git,
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  repo.write(files);
  return repo;
}
