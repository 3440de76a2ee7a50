// Accumulates source lines with indentation, and tracks what names are visible where, so that
// generated code only refers to bindings that exist.

export class CodeWriter {
  constructor(indentUnit = '  ') {
    /** @type {string[]} */
    this.lines = [];
    this.depth = 0;
    this.indentUnit = indentUnit;
  }

  /** @param {string} text */
  line(text) {
    this.lines.push(text === '' ? '' : this.indentUnit.repeat(this.depth) + text);
  }

  /** Writes `text` and indents what follows. @param {string} text */
  open(text) {
    this.line(text);
    this.depth += 1;
  }

  /** Dedents and writes `text`. @param {string} text */
  close(text) {
    this.depth -= 1;
    this.line(text);
  }

  get count() {
    return this.lines.length;
  }

  toString() {
    return `${this.lines.join('\n')}\n`;
  }
}

/**
 * Kinds of value a binding holds, so expressions use it plausibly:
 * num, str, bool, arr, obj, fn (callable), cls (constructible), any.
 * @typedef {'num' | 'str' | 'bool' | 'arr' | 'obj' | 'fn' | 'cls' | 'any'} ValueKind
 * @typedef {{ text: string, kind: ValueKind, mutable: boolean }} Binding
 */

export class Scope {
  /** @param {Scope | null} parent */
  constructor(parent = null) {
    this.parent = parent;
    /** @type {Binding[]} */
    this.bindings = [];
  }

  /** @param {string} text @param {ValueKind} kind @param {boolean} [mutable] */
  add(text, kind, mutable = false) {
    this.bindings.push({ text, kind, mutable });
    return text;
  }

  child() {
    return new Scope(this);
  }

  /** @param {(binding: Binding) => boolean} [accept] @returns {Binding[]} */
  visible(accept = () => true) {
    const own = this.bindings.filter(accept);
    return this.parent ? [...own, ...this.parent.visible(accept)] : own;
  }
}
