/** A glob (`*`, `**`, `?`, `{a,b}`) over root-relative paths as a regular expression. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  const text = glob.replace(/^\.\//, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '*') {
      if (text[i + 1] === '*') {
        out += text[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += text[i + 2] === '/' ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = text.indexOf('}', i);
      if (close === -1) out += '\\{';
      else {
        out += `(?:${text.slice(i + 1, close).split(',').map(escape).join('|')})`;
        i = close;
      }
    } else out += escape(c);
  }
  // a directory glob matches everything under it
  return new RegExp(`^${out}(?:/.*)?$`);
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}
