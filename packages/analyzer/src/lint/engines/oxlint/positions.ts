/**
 * Positions as ESLint gives them: 1-based lines ending at \r\n, \r, \n, \u2028 and \u2029, and
 * 1-based columns in UTF-16 code units. oxlint counts lines at the first three only and columns
 * in UTF-8 bytes.
 */

/** Maps a UTF-16 offset of `text` to ESLint's line and column (a table of line starts, then a binary search). */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|[\r\n\u2028\u2029]/g)) starts.push(match.index + match[0].length);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/**
 * Maps a UTF-8 byte offset of `text` (oxlint's spans) to ESLint's line and column. One pass over
 * the text builds the byte → UTF-16 table; each position is then a look-up and a binary search.
 */
export function utf16Positions(text: string): (offset: number) => { line: number; column: number } {
  const byteLength = Buffer.byteLength(text, 'utf8');
  const utf16At = new Uint32Array(byteLength + 1);
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    // a surrogate pair is one 4-byte character; a lone surrogate is written as U+FFFD (3 bytes)
    const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    for (let b = 0; b < width; b++) utf16At[bytes + b] = index;
    bytes += width;
    if (pair) index++;
  }
  utf16At[byteLength] = text.length;
  const locate = lineIndex(text);
  return (offset) => locate(utf16At[Math.min(Math.max(0, offset), byteLength)]!);
}
