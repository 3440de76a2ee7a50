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

/**
 * Where a base line sits in the head, also when the change rewrote or removed it: an unchanged line
 * as `mapOldLine` maps it, a rewritten one at the same offset in its hunk's new lines (the last of
 * them when the hunk shrank), a removed one where the removal happened.
 */
export function nearestNewLine(hunks: readonly Hunk[], oldLine: number): number {
  const unchanged = mapOldLine(hunks, oldLine);
  if (unchanged !== undefined) return unchanged;
  let shift = 0;
  for (const hunk of hunks) {
    if (hunk.oldLines > 0 && hunk.oldStart <= oldLine && oldLine < hunk.oldStart + hunk.oldLines) {
      if (hunk.newLines === 0) return Math.max(1, hunk.newStart);
      return hunk.newStart + Math.min(oldLine - hunk.oldStart, hunk.newLines - 1);
    }
    if (hunkBefore(hunk, oldLine)) shift += hunk.newLines - hunk.oldLines;
  }
  return oldLine + shift;
}
