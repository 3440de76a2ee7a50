import { parseSync } from 'oxc-parser';

/**
 * ESLint's inline disable directives of one module, as ESLint applies them (eslint.org/docs/latest/use/configure/rules#disabling-rules):
 * `/* eslint-disable [rules] *\/` until `/* eslint-enable [rules] *\/` (block comments only),
 * `eslint-disable-line [rules]` on the comment's line, `eslint-disable-next-line [rules]` on the
 * line after it; no rules means every rule; a description follows ` -- `.
 *
 * oxlint applies them to its native rules, under its own names, but not to the rules upkeep runs
 * in its JS plugin, whose names there are the bridge's (`upkeep-js/no-unused-vars`), so every
 * message is checked again here by its ESLint rule id.
 *
 * @returns whether a message of `ruleId` at 1-based `line`, `column` is silenced; undefined when
 * the module has no directive (or does not parse: oxlint then reports that).
 */
export function disableDirectives(
  path: string,
  text: string,
): ((ruleId: string, line: number, column: number) => boolean) | undefined {
  if (!text.includes('eslint-disable')) return undefined;
  let comments: Array<{ type: string; value: string; start: number; end: number }>;
  try {
    comments = parseSync(path, text).comments;
  } catch {
    return undefined;
  }
  const lineOf = lineIndex(text);
  const blocks: Array<{ kind: 'disable' | 'enable'; rules: string[]; line: number; column: number }> = [];
  const lines = new Map<number, string[] | 'all'>();
  const addLine = (line: number, rules: string[]): void => {
    const known = lines.get(line);
    if (known === 'all') return;
    lines.set(line, rules.length === 0 ? 'all' : [...(known ?? []), ...rules]);
  };
  for (const comment of comments) {
    const match = /^\s*(eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)(?:\s|$)/.exec(
      comment.value,
    );
    if (!match) continue;
    const directive = match[1]!;
    const rules = comment.value
      .slice(match[0].length)
      .split(/\s-{2,}\s/)[0]!
      .split(',')
      .map((rule) => rule.trim())
      .filter(Boolean);
    const start = lineOf(comment.start);
    if (directive === 'eslint-disable-line') addLine(start.line, rules);
    else if (directive === 'eslint-disable-next-line') addLine(lineOf(comment.end).line + 1, rules);
    else if (comment.type === 'Block')
      blocks.push({ kind: directive === 'eslint-disable' ? 'disable' : 'enable', rules, ...start });
  }
  if (blocks.length === 0 && lines.size === 0) return undefined;
  return (ruleId, line, column) => {
    const onLine = lines.get(line);
    if (onLine === 'all' || onLine?.includes(ruleId)) return true;
    let all = false;
    const disabled = new Set<string>();
    const enabled = new Set<string>();
    for (const block of blocks) {
      if (block.line > line || (block.line === line && block.column > column)) break;
      if (block.kind === 'disable') {
        if (block.rules.length === 0) {
          all = true;
          enabled.clear();
        } else
          for (const rule of block.rules) {
            disabled.add(rule);
            enabled.delete(rule);
          }
      } else if (block.rules.length === 0) {
        all = false;
        disabled.clear();
        enabled.clear();
      } else
        for (const rule of block.rules) {
          disabled.delete(rule);
          enabled.add(rule);
        }
    }
    return disabled.has(ruleId) || (all && !enabled.has(ruleId));
  };
}

/** Maps a UTF-16 offset of `text` to a 1-based line and column. */
function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
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
