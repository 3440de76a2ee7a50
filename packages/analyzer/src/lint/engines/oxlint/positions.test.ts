import { describe, expect, it } from 'vitest';
import { lineIndex, utf16Positions } from './positions.js';

describe('positions as ESLint gives them', () => {
  it('lineIndex: lines end at \\r\\n, \\r, \\n, U+2028 and U+2029; columns count from 1', () => {
    const text = 'a\r\nb\rc\nd\u2028e\u2029f';
    const at = lineIndex(text);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => at(text.indexOf(letter)))).toEqual(
      [1, 2, 3, 4, 5, 6].map((line) => ({ line, column: 1 })),
    );
  });

  it('utf16Positions: a UTF-8 byte offset (oxlint) to ESLint line and UTF-16 column, through 2-, 3- and 4-byte characters', () => {
    const text = 'é = "€";\u2028x = "😀" + y;';
    const at = utf16Positions(text);
    const byteOf = (index: number): number => Buffer.byteLength(text.slice(0, index), 'utf8');
    // every UTF-16 index that starts a character maps back from its byte offset
    let index = 0;
    for (const char of text) {
      expect(at(byteOf(index))).toEqual(lineIndex(text)(index));
      index += char.length;
    }
    expect(at(byteOf(text.indexOf('y')))).toEqual({ line: 2, column: 12 });
  });
});
