import { describe, expect, it } from 'vitest';
import { createProgress, estimateSeconds, formatEta } from '../src/progress.js';

function stream(isTTY: boolean): {
  isTTY: boolean;
  written: string;
  write(chunk: string): boolean;
  columns: number;
  cursorTo: () => boolean;
  clearLine: () => boolean;
  moveCursor: () => boolean;
  on: () => void;
  removeListener: () => void;
} {
  return {
    isTTY,
    written: '',
    columns: 100,
    write(chunk: string) {
      this.written += chunk;
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => undefined,
    removeListener: () => undefined,
  };
}

describe('progress on stderr', () => {
  it('draws a bar with counts and an ETA on a terminal for long runs', () => {
    const tty = stream(true);
    const progress = createProgress(tty, true, 'scoring');
    progress.update(0, 200);
    progress.update(150, 200);
    progress.stop();
    expect(tty.written).toContain('scoring [');
    expect(tty.written).toMatch(/\d+\/200 modules/);
    expect(tty.written).toContain('ETA');
  });

  it('stays silent without a terminal, in quiet mode, and for short runs', () => {
    for (const [isTTY, enabled, total] of [
      [false, true, 200],
      [true, false, 200],
      [true, true, 5],
    ] as const) {
      const out = stream(isTTY);
      const progress = createProgress(out, enabled, 'scoring');
      progress.update(1, total);
      progress.update(total, total);
      progress.stop();
      expect(out.written).toBe('');
    }
  });
});

describe('the ETA', () => {
  it('comes from bytes of source when known: largest files first do not make the start look slow', () => {
    // 10 of 100 modules in 30 s, but they were the largest: half of the bytes → 30 s left, not 270 s
    expect(estimateSeconds(30, 10, 100, { doneBytes: 500_000, totalBytes: 1_000_000 })).toBe(30);
    expect(estimateSeconds(30, 10, 100)).toBe(270);
    expect(estimateSeconds(30, 100, 100, { doneBytes: 1_000_000, totalBytes: 1_000_000 })).toBe(0);
  });

  it('says nothing until enough is done to tell', () => {
    expect(estimateSeconds(1, 50, 100)).toBeUndefined();
    expect(estimateSeconds(60, 1, 1000, { doneBytes: 10, totalBytes: 1_000_000 })).toBeUndefined();
    expect([formatEta(undefined), formatEta(7.4), formatEta(75), formatEta(4000)]).toEqual([
      '…',
      '7s',
      '1m15s',
      '1h06m',
    ]);
  });

  it('is drawn from the bytes given to the bar', () => {
    const tty = stream(true);
    let clock = 0;
    const progress = createProgress(tty, true, 'scoring', () => clock);
    progress.update(0, 100, { doneBytes: 0, totalBytes: 1000 });
    clock = 20_000;
    progress.update(10, 100, { doneBytes: 800, totalBytes: 1000 });
    progress.stop();
    expect(tty.written).toContain('10/100 modules | 10% | ETA 5s');
  });
});
