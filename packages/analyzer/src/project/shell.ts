/** One simple command of a script line: its words, with quotes removed; `quoted` marks words that start with a quote. */
export interface ShellCommand {
  words: string[];
  quoted: boolean[];
}

/**
 * Splits a package.json script into simple commands the way `sh -c` would: quotes, backslashes,
 * `&&`, `||`, `;`, `|`, `&` and newlines separate commands; redirections and their targets are
 * dropped; leading `VAR=value` assignments are dropped. Subshell parentheses are treated as separators.
 */
export function splitScript(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: string[] = [];
  let quoted: boolean[] = [];
  let word = '';
  let inWord = false;
  let wasQuoted = false;
  const endWord = (): void => {
    if (inWord) {
      words.push(word);
      quoted.push(wasQuoted);
    }
    word = '';
    inWord = false;
    wasQuoted = false;
  };
  const endCommand = (): void => {
    endWord();
    if (words.length) commands.push(clean({ words, quoted }));
    words = [];
    quoted = [];
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (c === "'") {
      const end = script.indexOf("'", i + 1);
      word += script.slice(i + 1, end === -1 ? undefined : end);
      if (!inWord) wasQuoted = true;
      inWord = true;
      i = end === -1 ? script.length : end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < script.length && script[j] !== '"'; j++) {
        if (script[j] === '\\' && j + 1 < script.length && '"\\$`'.includes(script[j + 1]!)) j++;
        word += script[j];
      }
      if (!inWord) wasQuoted = true;
      inWord = true;
      i = j;
    } else if (c === '\\' && i + 1 < script.length) {
      if (script[i + 1] !== '\n') word += script[i + 1];
      inWord = true;
      i++;
    } else if (c === ' ' || c === '\t') {
      endWord();
    } else if (c === '\n' || c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
      endCommand();
    } else if (c === '>' || c === '<') {
      // a redirection (`> out.txt`, `2>&1`): drop a file-descriptor number, the operator and its target word
      if (inWord && /^\d+$/.test(word)) {
        word = '';
        inWord = false;
      } else endWord();
      let j = i + 1;
      while (script[j] === '>' || script[j] === '&') j++;
      while (script[j] === ' ') j++;
      while (j < script.length && !' \t\n;&|'.includes(script[j]!)) j++;
      i = j - 1;
    } else if (c === '#' && !inWord) {
      while (i < script.length && script[i] !== '\n') i++;
      endCommand();
    } else {
      word += c;
      inWord = true;
    }
  }
  endCommand();
  return commands;
}

function clean(command: ShellCommand): ShellCommand {
  let start = 0;
  while (
    start < command.words.length &&
    /^[A-Za-z_][A-Za-z0-9_]*=/.test(command.words[start]!) &&
    !command.quoted[start]
  )
    start++;
  return { words: command.words.slice(start), quoted: command.quoted.slice(start) };
}
