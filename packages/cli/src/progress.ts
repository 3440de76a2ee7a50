import cliProgress from 'cli-progress';
import type { OutStream } from './io.js';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };
/** Below this many modules a run is over before a bar would be read. */
const MIN_TOTAL = 30;

/** A progress bar with ETA on stderr, only on a terminal and never in quiet mode. */
export function createProgress(stream: OutStream, enabled: boolean, label: string): Progress {
  if (!enabled || stream.isTTY !== true) return SILENT;
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total) {
      if (total < MIN_TOTAL) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream: stream as NodeJS.WritableStream,
            format: `${label} [{bar}] {value}/{total} modules | {percentage}% | ETA {eta_formatted}`,
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      } else bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
