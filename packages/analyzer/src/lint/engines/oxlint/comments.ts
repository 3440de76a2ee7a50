import { parseSync } from 'oxc-parser';

/** A comment of a module as oxc-parser gives it: `Line` or `Block`, its text without `//` or `/* *\/`, UTF-16 offsets. */
export interface SourceComment {
  type: string;
  value: string;
  start: number;
  end: number;
}

/**
 * The comments of a module, from oxc-parser (comments only, so text inside strings and templates
 * is never taken for one); undefined when the module does not parse, which oxlint then reports.
 */
export function commentsOf(path: string, text: string): SourceComment[] | undefined {
  try {
    return parseSync(path, text).comments;
  } catch {
    return undefined;
  }
}
