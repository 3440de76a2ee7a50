/**
 * Text from code (paths, lint messages) made inert in GitHub and GitLab markdown: no HTML, no
 * formatting, no table break, no @mention or #reference, one line.
 */
export function escapeMarkdown(text: string): string {
  // one pass, so an entity written here is never escaped again
  return text.replace(/\r\n|[\r\n]/g, ' ').replace(/[&<>@#\\`*_[\]()|~:]/g, (char) => ENTITIES[char] ?? `\\${char}`);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '@': '&#64;', '#': '&#35;' };

/** A URL that a markdown link cannot be broken out of: spaces, parentheses and brackets percent-encoded. */
export function safeUrl(url: string): string {
  return url.replace(/[\s()<>[\]"'`]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
