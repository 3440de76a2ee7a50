import type { Trend, TrendNote, TrendNoteKind } from './model.js';

/** Text from the user's repository or command line (a branch, a date, a path): escaped in markdown, never markup. */
interface UserText {
  user: string;
}

function user(text: string): UserText {
  return { user: text };
}

/**
 * User text made literal in markdown: the characters that would start markup (`*_[]<>` and
 * backticks), backslashes and pipes are escaped, line breaks become spaces.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/([<>*_`[\]])/g, '\\$1');
}

/**
 * A note from our wording, whose only markup is `code` spans (kept as is in `markdown`), and the
 * user's text (escaped in `markdown`); `message` is the plain text, both joined as they come.
 */
function note(kind: TrendNoteKind, ...parts: (string | UserText)[]): TrendNote {
  const text = (part: string | UserText): string => (typeof part === 'string' ? part : part.user);
  const markdown = (part: string | UserText): string =>
    typeof part === 'string' ? part : escapeMarkdownText(part.user);
  return { kind, message: parts.map(text).join(''), markdown: parts.map(markdown).join('') };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function describeEvery(every: string): string {
  if (every === 'commit') return 'every commit';
  const commits = /^(\d+)commits$/.exec(every);
  if (commits) return `every ${commits[1]}th commit (the newest, then counting back), plus the oldest`;
  return `the last commit of each ${every}`;
}

/** What a reader must know to read the figures right, in the words the report shows. */
export function trendNotes(trend: Trend): TrendNote[] {
  const { sampling, points } = trend;
  const notes: TrendNote[] = [];
  const range = [
    ...(sampling.since ? [' since ', user(sampling.since)] : []),
    ...(sampling.until ? [' until ', user(sampling.until)] : []),
  ];
  notes.push(
    note(
      'sampling',
      `${plural(sampling.commitsInRange, 'commit')} on `,
      user(trend.branch),
      ...range,
      `; points: ${describeEvery(sampling.every)} (${plural(points.length, 'point')}).`,
    ),
  );
  if (sampling.capped) {
    notes.push(
      note(
        'capped',
        `${plural(sampling.candidates, 'candidate commit')} thinned out evenly to ${plural(points.length, 'point')} by --max-points ${sampling.maxPoints}; raise it, or sample with --every week or month, to see more.`,
      ),
    );
  }
  const merges = points.filter((point) => point.merge).length;
  notes.push(
    note(
      'first-parent',
      'Only the first-parent history is walked, as `git log --first-parent` shows it: a merged branch counts at its merge commit, all at once' +
        (merges > 0 ? ` (${plural(merges, 'merge commit')} among the points).` : '.'),
    ),
  );
  if (points.length === 1) {
    notes.push(
      note(
        'single-point',
        'One point only: the range holds a single commit to sample, so there is a score but no trend yet.',
      ),
    );
  }
  const broken = points.filter((point) => point.unparseable.length > 0);
  if (broken.length > 0) {
    const worst = broken.reduce((a, b) => (b.unparseable.length > a.unparseable.length ? b : a));
    notes.push(
      note(
        'unparseable',
        `${plural(broken.length, 'point')} with modules that do not parse (up to ${worst.unparseable.length} at ${worst.commit.slice(0, 10)}, e.g. `,
        user(worst.unparseable[0]!),
        '): such a module scores 0 and its syntax error counts against the total, as in pylint.',
      ),
    );
  }
  const still = points
    .slice(1)
    .filter((point) => point.changes.added + point.changes.removed + point.changes.modified === 0).length;
  if (still > 0) {
    notes.push(
      note(
        'no-module-change',
        `${plural(still, 'point')} changed no JavaScript or TypeScript module since the point before (documentation, configuration or other files only): the score stays flat there.`,
      ),
    );
  }
  return notes;
}
