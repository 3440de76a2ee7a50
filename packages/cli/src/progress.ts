import cliProgress from 'cli-progress';
import type { OutStream } from './io.js';

/** How much of the work is done in bytes of source: the analyzer lints the largest files first, so module counts mislead early on. */
export interface ProgressWeight {
  doneBytes: number;
  totalBytes: number;
}

export interface Progress {
  update(done: number, total: number, weight?: ProgressWeight): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };
/** Below this many modules a run is over before a bar would be read. */
const MIN_TOTAL = 30;
/** Before this much of the work is done, or this many seconds have passed, an estimate is noise. */
const MIN_FRACTION = 0.02;
const MIN_SECONDS = 2;

/**
 * The time left, from the share of the work done so far: bytes of source when the analyzer says
 * them (linting goes largest file first: by module count the first minutes look ten times slower
 * than the run is), else modules. Undefined while too little is done to tell.
 */
export function estimateSeconds(
  elapsedSeconds: number,
  done: number,
  total: number,
  weight?: ProgressWeight,
): number | undefined {
  const fraction =
    weight && weight.totalBytes > 0 ? weight.doneBytes / weight.totalBytes : total > 0 ? done / total : 0;
  if (fraction >= 1) return 0;
  if (fraction < MIN_FRACTION || elapsedSeconds < MIN_SECONDS) return undefined;
  return (elapsedSeconds * (1 - fraction)) / fraction;
}

/** 75 → "1m15s", 4000 → "1h06m", undefined → "…". */
export function formatEta(seconds: number | undefined): string {
  if (seconds === undefined) return '…';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** A progress bar with ETA on stderr, only on a terminal and never in quiet mode. */
export function createProgress(
  stream: OutStream,
  enabled: boolean,
  label: string,
  now: () => number = () => performance.now(),
): Progress {
  if (!enabled || stream.isTTY !== true) return SILENT;
  let bar: cliProgress.SingleBar | undefined;
  let started = 0;
  return {
    update(done, total, weight) {
      if (total < MIN_TOTAL) return;
      const eta = (): { eta_text: string } => ({
        eta_text: formatEta(estimateSeconds((now() - started) / 1000, done, total, weight)),
      });
      if (!bar) {
        started = now();
        bar = new cliProgress.SingleBar(
          {
            stream: stream as NodeJS.WritableStream,
            format: `${label} [{bar}] {value}/{total} modules | {percentage}% | ETA {eta_text}`,
            hideCursor: true,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done, eta());
      } else bar.update(done, eta());
    },
    stop() {
      bar?.stop();
    },
  };
}
