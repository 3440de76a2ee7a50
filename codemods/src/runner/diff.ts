/** An edit script between two line arrays: for each line, kept (' '), removed ('-') or added ('+'). */
type Op = { kind: ' ' | '-' | '+'; line: string };

const CONTEXT = 3;

/**
 * A unified diff (`diff -u`/`git diff` format) of one file; '' when nothing changed. `after`
 * null means the file is deleted.
 */
export function unifiedDiff(path: string, before: string, after: string | null): string {
  if (after === before) return '';
  const a = splitLines(before);
  const b = after === null ? [] : splitLines(after);
  const ops = myers(a, b);
  const header = `--- a/${path}\n+++ ${after === null ? '/dev/null' : `b/${path}`}\n`;
  return header + hunks(ops).join('');
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += '\n\\ No newline at end of file';
  return lines;
}

/** Myers' O((N+M)·D) shortest edit script; fast for the small D of a codemod. */
function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x]! });
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[--y]! });
      else ops.push({ kind: '-', line: a[--x]! });
    }
  }
  return ops.reverse();
}

function hunks(ops: readonly Op[]): string[] {
  const out: string[] = [];
  let i = 0;
  let oldLine = 1;
  let newLine = 1;
  const positions = ops.map((op) => {
    const at = { old: oldLine, new: newLine };
    if (op.kind !== '+') oldLine++;
    if (op.kind !== '-') newLine++;
    return at;
  });
  while (i < ops.length) {
    while (i < ops.length && ops[i]!.kind === ' ') i++;
    if (i >= ops.length) break;
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    // extend while the next change is within two contexts of the last one
    for (let j = i; j < ops.length; j++) {
      if (ops[j]!.kind !== ' ') end = j;
      else if (j - end > 2 * CONTEXT) break;
    }
    const stop = Math.min(ops.length, end + CONTEXT + 1);
    const slice = ops.slice(start, stop);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const from = positions[start]!;
    const oldStart = oldCount === 0 ? from.old - 1 : from.old;
    const newStart = newCount === 0 ? from.new - 1 : from.new;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n`);
    for (const op of slice) out.push(`${op.kind}${op.line}\n`);
    i = stop;
  }
  return out;
}

/**
 * Where each line of `before` is in `after`: `map[line]` is the 1-based line in `after` of the
 * 1-based `line` of `before`: the same line when unchanged; with `pairRewritten`, a rewritten line
 * is paired with the line that replaced it (the i-th removed line of a hunk with its i-th added
 * line); 0 when removed.
 */
export function lineMap(before: string, after: string, pairRewritten = false): Int32Array {
  const a = before.split('\n');
  const b = after.split('\n');
  const map = new Int32Array(a.length + 1);
  let oldLine = 1;
  let newLine = 1;
  let removed: number[] = [];
  for (const op of myers(a, b)) {
    if (op.kind === ' ') {
      map[oldLine] = newLine;
      removed = [];
    }
    if (op.kind === '-') removed.push(oldLine);
    if (op.kind === '+' && pairRewritten && removed.length > 0) map[removed.shift()!] = newLine;
    if (op.kind !== '+') oldLine++;
    if (op.kind !== '-') newLine++;
  }
  return map;
}
