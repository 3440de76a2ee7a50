import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * Reads blobs through one long-lived `git cat-file --batch` process: thousands of blobs cost a
 * fraction of a second, where one `git show` per file costs a process spawn each.
 */
export class BlobReader {
  private readonly git: ChildProcessWithoutNullStreams;
  /** what git wrote and no read has taken yet, in order (chunks are never concatenated as they come) */
  private readonly chunks: Buffer[] = [];
  private length = 0;
  /** the size of the object whose header was parsed and whose content (plus a newline) is awaited */
  private expected: number | undefined;
  private readonly waiting: Array<{ sha: string; resolve: (content: Buffer) => void; reject: (error: Error) => void }> =
    [];
  private failure: Error | undefined;
  /** git exited (or was killed: a Ctrl-C reaches the whole process group, git included) */
  private exited = false;
  /** objects asked for so far (each call of `read`, answered or not): what a run costs in reads */
  reads = 0;
  /** objects asked for by every reader of this process (for tests and benchmarks of what a command reads) */
  static readsInProcess = 0;

  constructor(repoDir: string) {
    this.git = spawn('git', ['cat-file', '--batch'], { cwd: repoDir, stdio: ['pipe', 'pipe', 'pipe'] });
    this.git.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.length += chunk.length;
      this.drain();
    });
    let stderr = '';
    this.git.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    this.git.on('error', (error) => this.fail(error));
    this.git.on('close', (code, signal) => {
      this.exited = true;
      this.fail(
        new Error(`git cat-file ${signal ? `was stopped by ${signal}` : `exited with code ${code}`}: ${stderr.trim()}`),
      );
    });
    // a write to a git that has just died fails with EPIPE: its reads fail through 'close'
    this.git.stdin.on('error', () => undefined);
  }

  /** The content of a blob (`<sha>` or `<commit>:<path>`); rejects when git does not have it. */
  read(sha: string): Promise<Buffer> {
    this.reads++;
    BlobReader.readsInProcess++;
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ sha, resolve, reject });
      this.git.stdin.write(`${sha}\n`);
    });
  }

  /** Ends git's input and waits for it to exit; at once when it has exited already (also by a signal). */
  async close(): Promise<void> {
    if (this.exited) return;
    const closed = new Promise<void>((resolve) => this.git.once('close', () => resolve()));
    this.git.stdin.end();
    await closed;
  }

  private drain(): void {
    for (;;) {
      const next = this.waiting[0];
      if (!next) return;
      if (this.expected === undefined) {
        const newline = this.newlineAt();
        if (newline === -1) return;
        const header = this.take(newline + 1)
          .subarray(0, newline)
          .toString();
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          this.waiting.shift();
          const why = header.endsWith(' missing') ? 'missing from' : 'ambiguous in';
          next.reject(new Error(`git object ${next.sha} is ${why} the repository`));
          continue;
        }
        this.expected = Number(header.split(' ')[2]);
      }
      if (this.length < this.expected + 1) return;
      const content = this.take(this.expected);
      this.take(1);
      this.expected = undefined;
      this.waiting.shift();
      next.resolve(content);
    }
  }

  /** The offset of the first newline in what is buffered, or -1. */
  private newlineAt(): number {
    let offset = 0;
    for (const chunk of this.chunks) {
      const found = chunk.indexOf(10);
      if (found !== -1) return offset + found;
      offset += chunk.length;
    }
    return -1;
  }

  /** Removes the first `size` buffered bytes and returns them in a buffer of their own. */
  private take(size: number): Buffer {
    const out = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const chunk = this.chunks[0]!;
      const part = Math.min(chunk.length, size - filled);
      chunk.copy(out, filled, 0, part);
      filled += part;
      if (part === chunk.length) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(part);
    }
    this.length -= size;
    return out;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(this.failure);
  }
}
