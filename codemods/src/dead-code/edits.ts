// Removals as text edits on the original source: whole lines for statements (with the comments
// attached to them, never a file's header comment), list elements with their commas.
import { ts } from '../runner/engine.js';
import { isPure } from './purity.js';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

type ListOwner = { list: ts.NodeArray<ts.Node>; indices: Set<number>; onAllRemoved: () => void };

/** Collects the removals of one file and turns them into non-overlapping text edits. */
export class FileEditor {
  private readonly statements = new Set<ts.Node>();
  private readonly replacements = new Map<ts.Node, string>();
  private readonly ranges: TextEdit[] = [];
  private readonly lists = new Map<ts.NodeArray<ts.Node>, ListOwner>();
  private readonly unexports = new Set<ts.Node>();
  private readonly declarators = new Map<ts.VariableStatement, Set<ts.VariableDeclaration>>();

  constructor(
    readonly file: ts.SourceFile,
    /** whether evaluating an initializer may have an effect (it then stays as a statement) */
    private readonly hasEffects: (node: ts.Expression) => boolean = (node) => !isPure(node),
  ) {}

  get isEmpty(): boolean {
    return (
      this.ranges.length +
        this.statements.size +
        this.replacements.size +
        this.lists.size +
        this.unexports.size +
        this.declarators.size ===
      0
    );
  }

  removeStatement(node: ts.Node): void {
    this.statements.add(node);
  }

  /** Replaces a statement by the expression statements of the effects it must keep. */
  replaceStatement(node: ts.Node, text: string): void {
    this.replacements.set(node, text);
  }

  replaceRange(start: number, end: number, text: string): void {
    this.ranges.push({ start, end, text });
  }

  removeListElement(list: ts.NodeArray<ts.Node>, element: ts.Node, onAllRemoved: () => void): void {
    const owner = this.lists.get(list) ?? { list, indices: new Set<number>(), onAllRemoved };
    owner.indices.add(list.indexOf(element));
    this.lists.set(list, owner);
  }

  removeExportKeyword(statement: ts.Node): void {
    this.unexports.add(statement);
  }

  /** A variable declaration goes; an initializer that may have effects stays as a statement. */
  removeVariable(declaration: ts.VariableDeclaration): void {
    const statement = declaration.parent.parent;
    if (!ts.isVariableStatement(statement)) return;
    const set = this.declarators.get(statement) ?? new Set();
    set.add(declaration);
    this.declarators.set(statement, set);
  }

  edits(): TextEdit[] {
    const text = this.file.text;
    const out: TextEdit[] = [];
    const done = new Set<ListOwner>();
    const lists = (): void => {
      for (const owner of [...this.lists.values()]) {
        if (done.has(owner)) continue;
        done.add(owner);
        if (owner.indices.size === owner.list.length) owner.onAllRemoved();
        else out.push(...listEdits(owner, this.file));
      }
    };
    lists();
    for (const [statement, removed] of this.declarators) {
      const all = statement.declarationList.declarations;
      const effects = [...removed]
        .filter((d) => d.initializer && this.hasEffects(d.initializer))
        .map((d) => expressionStatement(d.initializer!.getText(this.file)));
      if (removed.size === all.length) {
        if (effects.length === 0) this.statements.add(statement);
        else this.replacements.set(statement, effects.join(' '));
      } else {
        // an effect in a declaration list would move if it were split off: that declarator stays
        for (const declaration of removed) {
          if (!declaration.initializer || !this.hasEffects(declaration.initializer))
            this.removeListElement(all, declaration, () => this.statements.add(statement));
        }
      }
    }
    lists();
    out.push(...this.ranges);
    for (const node of this.statements) out.push({ ...statementRange(this.file, node), text: '' });
    for (const [node, replacement] of this.replacements)
      out.push({ start: node.getStart(this.file), end: node.getEnd(), text: replacement });
    for (const statement of this.unexports) {
      const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
      const exportKeyword = modifiers.find((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exportKeyword) continue;
      const defaultKeyword = modifiers.find((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      const last = defaultKeyword ?? exportKeyword;
      let end = last.getEnd();
      while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
      out.push({ start: exportKeyword.getStart(this.file), end, text: '' });
    }
    return out;
  }
}

/**
 * An expression kept for its effects as a statement of its own: in parentheses where a statement
 * would read it otherwise (`{ a: f() }` is a block, `function () {}()` a declaration).
 */
export function expressionStatement(text: string): string {
  return /^(?:\{|(?:async\s+)?function\b|class\b|let\s*\[)/.test(text) ? `(${text});` : `${text};`;
}

/** Runs of removed elements: a run before a kept element takes the commas after it, a run at the end the comma before. */
function listEdits(owner: ListOwner, file: ts.SourceFile): TextEdit[] {
  const { list, indices } = owner;
  const out: TextEdit[] = [];
  let i = 0;
  while (i < list.length) {
    if (!indices.has(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < list.length && indices.has(j + 1)) j++;
    if (j + 1 < list.length) out.push({ start: list[i]!.getStart(file), end: list[j + 1]!.getStart(file), text: '' });
    else out.push({ start: list[i - 1]!.getEnd(), end: list[j]!.getEnd(), text: '' });
    i = j + 1;
  }
  return out;
}

/**
 * The range of a statement on its own lines: from the start of its first line (including comments
 * right above it, but not the file's header comment) to the end of its last line.
 */
function statementRange(file: ts.SourceFile, node: ts.Node): { start: number; end: number } {
  const text = file.text;
  let start = node.getStart(file);
  const comments = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const header = node.getFullStart() === 0 ? headerLength(text, comments) : 0;
  for (let k = comments.length - 1; k >= 0; k--) {
    const comment = comments[k]!;
    if (comment.pos < header) break;
    const between = text.slice(comment.end, start);
    if ((between.match(/\n/g) ?? []).length > 1) break;
    start = comment.pos;
  }
  let lineStart = start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  const ownLine = lineStart === 0 || text[lineStart - 1] === '\n';
  let end = node.getEnd();
  const trailing = ts.getTrailingCommentRanges(text, end) ?? [];
  if (trailing.length > 0) end = trailing[trailing.length - 1]!.end;
  let lineEnd = end;
  while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t' || text[lineEnd] === ';')) lineEnd++;
  const endsLine = lineEnd >= text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r';
  if (!ownLine || !endsLine) return { start: node.getStart(file), end: node.getEnd() };
  if (text[lineEnd] === '\r') lineEnd++;
  if (text[lineEnd] === '\n') lineEnd++;
  // no double blank line where the statement was
  const blankBefore =
    lineStart === 0 || /\n[ \t]*\r?\n$/.test(text.slice(Math.max(0, lineStart - 4), lineStart)) || lineStart === header;
  const nextBlank = /^[ \t]*\r?\n/.exec(text.slice(lineEnd));
  if (blankBefore && nextBlank) lineEnd += nextBlank[0].length;
  // the last statement of the file: the blank line above it goes too
  // (a bounded tail: matching against the whole prefix made each removal cost the length of the file)
  const previousBlank = /\r?\n[ \t]*\r?\n$/.exec(text.slice(Math.max(0, lineStart - 1024), lineStart));
  if (lineEnd >= text.length && previousBlank && lineStart > header)
    return { start: lineStart - previousBlank[0].length + 1, end: lineEnd };
  return { start: lineStart, end: lineEnd };
}

/** The header comment of a file: the comments at its very top, up to the first blank line or the code. */
function headerLength(text: string, comments: readonly ts.CommentRange[]): number {
  let end = 0;
  for (const comment of comments) {
    if (/\S/.test(text.slice(end, comment.pos))) break;
    end = comment.end;
    const rest = text.slice(end);
    if (/^[ \t]*\r?\n[ \t]*\r?\n/.test(rest)) break;
  }
  return comments.length > 0 && comments[0]!.pos === 0 ? Math.max(end, comments[0]!.end) : 0;
}

/** The edits that apply, in order: an edit overlapping an earlier (or enclosing) one is dropped. */
export function effectiveEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextEdit[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    out.push(edit);
    at = Math.max(at, edit.end);
  }
  return out;
}

/** Applies edits to the text (see effectiveEdits for overlaps). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of effectiveEdits(edits)) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
