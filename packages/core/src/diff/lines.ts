import type { Hunk } from './model.js';

/** Whether a hunk lies wholly before an old line (a pure insertion "after line s" is before s + 1). */
function hunkBefore(hunk: Hunk, oldLine: number): boolean {
  return hunk.oldLines > 0 ? hunk.oldStart + hunk.oldLines - 1 < oldLine : hunk.oldStart < oldLine;
}

/**
 * Where an unchanged line of the base sits in the head, following the hunks of the change; undefined
 * when the change removed or rewrote that line.
 */
export function mapOldLine(hunks: readonly Hunk[], oldLine: number): number | undefined {
  let shift = 0;
  for (const hunk of hunks) {
    if (hunk.oldLines > 0 && hunk.oldStart <= oldLine && oldLine < hunk.oldStart + hunk.oldLines) return undefined;
    if (hunkBefore(hunk, oldLine)) shift += hunk.newLines - hunk.oldLines;
  }
  return oldLine + shift;
}

/** Whether the change added or rewrote this line of the head. */
export function isChangedLine(hunks: readonly Hunk[], newLine: number): boolean {
  return hunks.some((hunk) => hunk.newLines > 0 && hunk.newStart <= newLine && newLine < hunk.newStart + hunk.newLines);
}
