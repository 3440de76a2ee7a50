import type { ts } from '../runner/engine.js';

/** One side of a rename at a span: the whole name, or the left/right of `a as b` / `a: b`. */
interface SpanEdit {
  original: string;
  whole?: string;
  left?: string;
  right?: string;
  separator?: string;
}

/**
 * The text edits of every planned rename, merged per span. The language service gives, for
 * shorthand properties and import/export specifiers, a prefix (`old: `, `old as `) when only the
 * right-hand name changes and a suffix (` as old`, `: old`) when only the left-hand one does, so
 * two renames meeting at one span combine positionally: `{ my_func }` with both the property and
 * the variable renamed becomes `{ myFunc }`, with only the variable `{ my_func: myFunc }`.
 */
export class EditSet {
  private readonly byFile = new Map<string, Map<number, SpanEdit>>();

  /** Adds all locations of one rename, or none if one of them contradicts an earlier rename. */
  tryAdd(locations: readonly ts.RenameLocation[], newName: string, textOf: (fileName: string) => string): boolean {
    const staged: [Map<number, SpanEdit>, number, SpanEdit][] = [];
    for (const location of locations) {
      const spans = this.byFile.get(location.fileName) ?? new Map<number, SpanEdit>();
      const start = location.textSpan.start;
      const original = textOf(location.fileName).slice(start, start + location.textSpan.length);
      const edit: SpanEdit = { ...(spans.get(start) ?? { original }) };
      const prefix = location.prefixText ?? '';
      const suffix = location.suffixText ?? '';
      if (prefix) {
        if (edit.right !== undefined && edit.right !== newName) return false;
        edit.right = newName;
        edit.separator = prefix.slice(original.length);
      } else if (suffix) {
        if (edit.left !== undefined && edit.left !== newName) return false;
        edit.left = newName;
        edit.separator = suffix.slice(0, suffix.length - original.length);
      } else {
        if (edit.whole !== undefined && edit.whole !== newName) return false;
        edit.whole = newName;
      }
      staged.push([spans, start, edit]);
      this.byFile.set(location.fileName, spans);
    }
    for (const [spans, start, edit] of staged) spans.set(start, edit);
    return true;
  }

  files(): string[] {
    return [...this.byFile.keys()];
  }

  /** The file's text with every edit applied, spans replaced from the end so offsets stay valid. */
  apply(fileName: string, text: string): string {
    const spans = [...(this.byFile.get(fileName) ?? new Map<number, SpanEdit>()).entries()].sort((a, b) => b[0] - a[0]);
    let out = text;
    for (const [start, edit] of spans)
      out = out.slice(0, start) + render(edit) + out.slice(start + edit.original.length);
    return out;
  }
}

function render(edit: SpanEdit): string {
  if (edit.left === undefined && edit.right === undefined) return edit.whole ?? edit.original;
  const left = edit.left ?? edit.whole ?? edit.original;
  const right = edit.right ?? edit.whole ?? edit.original;
  return left === right ? left : `${left}${edit.separator ?? ': '}${right}`;
}
