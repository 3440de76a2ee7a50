import type { TextEdit } from './edits.js';

/**
 * Maps positions in a file's text after several rounds of edits back to the original text, so that
 * a finding of a later round is reported at the line the user sees in their file.
 */
export class PositionHistory {
  private readonly rounds: TextEdit[][] = [];

  record(edits: readonly TextEdit[]): void {
    this.rounds.push([...edits].sort((a, b) => a.start - b.start));
  }

  original(position: number): number {
    let p = position;
    for (let r = this.rounds.length - 1; r >= 0; r--) {
      let delta = 0;
      let inside: number | undefined;
      for (const edit of this.rounds[r]!) {
        const newStart = edit.start + delta;
        if (p < newStart) break;
        if (p < newStart + edit.text.length) {
          inside = edit.start;
          break;
        }
        delta += edit.text.length - (edit.end - edit.start);
      }
      p = inside ?? p - delta;
    }
    return p;
  }
}
