import { describe, expect, it } from 'vitest';
import { isChangedLine, mapOldLine } from './lines.js';

// @@ -3,0 +4,2 @@ inserts two lines after old line 3; @@ -10,2 +12,1 @@ rewrites old 10-11 as new 12
const hunks = [
  { oldStart: 3, oldLines: 0, newStart: 4, newLines: 2 },
  { oldStart: 10, oldLines: 2, newStart: 12, newLines: 1 },
];

describe('mapOldLine', () => {
  it('keeps lines above the first hunk, shifts lines below each hunk and drops rewritten lines', () => {
    expect([1, 3, 4, 9, 10, 11, 12, 20].map((line) => mapOldLine(hunks, line))).toEqual([
      1,
      3,
      6,
      11,
      undefined,
      undefined,
      13,
      21,
    ]);
  });

  it('follows a pure deletion', () => {
    // @@ -5,3 +4,0 @@: old 5-7 removed after new line 4
    const deletion = [{ oldStart: 5, oldLines: 3, newStart: 4, newLines: 0 }];
    expect([4, 5, 7, 8].map((line) => mapOldLine(deletion, line))).toEqual([4, undefined, undefined, 5]);
  });
});

describe('isChangedLine', () => {
  it('is true only on added or rewritten lines of the head', () => {
    expect([3, 4, 5, 6, 11, 12, 13].map((line) => isChangedLine(hunks, line))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      false,
    ]);
  });
});
