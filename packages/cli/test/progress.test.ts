import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress.js';

function stream(isTTY: boolean): { isTTY: boolean; written: string; write(chunk: string): boolean; columns: number; cursorTo: () => boolean; clearLine: () => boolean; moveCursor: () => boolean; on: () => void; removeListener: () => void } {
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
    for (const [isTTY, enabled, total] of [[false, true, 200], [true, false, 200], [true, true, 5]] as const) {
      const out = stream(isTTY);
      const progress = createProgress(out, enabled, 'scoring');
      progress.update(1, total);
      progress.update(total, total);
      progress.stop();
      expect(out.written).toBe('');
    }
  });
});
