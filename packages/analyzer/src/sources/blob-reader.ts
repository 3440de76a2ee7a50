import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * Reads blobs through one long-lived `git cat-file --batch` process: thousands of blobs cost a
 * fraction of a second, where one `git show` per file costs a process spawn each.
 */
export class BlobReader {
  private readonly git: ChildProcessWithoutNullStreams;
  private buffer: Buffer = Buffer.alloc(0);
  private readonly waiting: Array<{ sha: string; resolve: (content: Buffer) => void; reject: (error: Error) => void }> =
    [];
  private failure: Error | undefined;

  constructor(repoDir: string) {
    this.git = spawn('git', ['cat-file', '--batch'], { cwd: repoDir, stdio: ['pipe', 'pipe', 'pipe'] });
    this.git.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.drain();
    });
    let stderr = '';
    this.git.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    this.git.on('error', (error) => this.fail(error));
    this.git.on('close', (code) => this.fail(new Error(`git cat-file exited with code ${code}: ${stderr.trim()}`)));
  }

  read(sha: string): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ sha, resolve, reject });
      this.git.stdin.write(`${sha}\n`);
    });
  }

  async close(): Promise<void> {
    if (this.git.exitCode !== null) return;
    const closed = new Promise<void>((resolve) => this.git.once('close', () => resolve()));
    this.git.stdin.end();
    await closed;
  }

  private drain(): void {
    for (;;) {
      const next = this.waiting[0];
      if (!next) return;
      const newline = this.buffer.indexOf(10);
      if (newline === -1) return;
      const header = this.buffer.subarray(0, newline).toString();
      if (header.endsWith(' missing')) {
        this.waiting.shift();
        this.buffer = this.buffer.subarray(newline + 1);
        next.reject(new Error(`git object ${next.sha} is missing from the repository`));
        continue;
      }
      const size = Number(header.split(' ')[2]);
      if (this.buffer.length < newline + 1 + size + 1) return;
      this.waiting.shift();
      next.resolve(Buffer.from(this.buffer.subarray(newline + 1, newline + 1 + size)));
      this.buffer = this.buffer.subarray(newline + 1 + size + 1);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(this.failure);
  }
}
