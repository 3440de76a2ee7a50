/**
 * The data model of upkeep: what a lint message, a scored module and a whole score report are.
 * Everything here is plain data (JSON-serialisable) so that reports can be cached, diffed and stored.
 */

/** pylint's message categories. I (informational) is counted but never scored. */
export type Category = 'F' | 'E' | 'W' | 'R' | 'C' | 'I';

export const CATEGORIES: readonly Category[] = ['F', 'E', 'W', 'R', 'C', 'I'];

/** Counts of messages by category, named as the variables of the evaluation expression. */
export interface CategoryCounts {
  fatal: number;
  error: number;
  warning: number;
  refactor: number;
  convention: number;
  info: number;
}

export const CATEGORY_COUNT_KEY: Readonly<Record<Category, keyof CategoryCounts>> = {
  F: 'fatal',
  E: 'error',
  W: 'warning',
  R: 'refactor',
  C: 'convention',
  I: 'info',
};

/** The pseudo rule id of a file that does not parse (pylint's E0001). */
export const SYNTAX_ERROR_RULE = 'syntax-error';
/** The pseudo rule id of a module that could not be analyzed at all (unreadable, linter crashed). */
export const FATAL_ERROR_RULE = 'fatal-error';

export interface Message {
  ruleId: string;
  category: Category;
  /** 1-based line and column, as ESLint reports them. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  messageId?: string;
}

export interface ModuleResult {
  /** Path relative to the project root (or repository root for a git ref), with forward slashes. */
  path: string;
  /** git blob hash (sha1 of "blob <size>\0<content>") of the analyzed content. */
  blob: string;
  statements: number;
  counts: CategoryCounts;
  /** null when the module has no statements ("n/a"): such a module does not enter aggregates. */
  score: number | null;
  /** false when the file did not parse (a syntax-error message explains where). */
  parseable: boolean;
  messages: Message[];
}

/** Totals and score of a set of modules: the whole project, a directory or a workspace package. */
export interface Aggregate {
  /** "." for the whole project, else a directory or package path relative to the root. */
  path: string;
  /** modules that entered the aggregate (scored modules, i.e. with statements). */
  modules: number;
  statements: number;
  counts: CategoryCounts;
  score: number | null;
}

export type SkipReason =
  'binary' | 'non-utf8' | 'too-large' | 'minified' | 'generated' | 'symlink' | 'not-a-file' | 'ignored';

/** A file that was seen but not analyzed, reported once with the reason. */
export interface SkippedFile {
  path: string;
  reason: SkipReason;
  detail: string;
}

export type ReportSource = { kind: 'worktree' } | { kind: 'git'; ref: string; commit: string };

export interface PreviousRun {
  /** ISO date of the previous run. */
  date: string;
  total: number | null;
  modules: Record<string, number | null>;
}

/** One environment the modules were linted in, and which modules got it. */
export interface EnvironmentReportGroup {
  /** the modules, shortened: `dir/**` when every module below dir is in the group */
  files: string[];
  modules: number;
  /** how the modules were parsed: ES module, CommonJS or plain script (both sloppy mode) */
  sourceType: 'module' | 'commonjs' | 'script';
  /** the named sets of globals applied (`node`, `browser`, `mocha`, `eslintrc:jquery`, `comment:amd`) */
  globals: string[];
  /** how many further globals were declared (legacy config `globals`, test set-up, other scripts of a shared scope) */
  extraGlobals: number;
  testFile: boolean;
  /** why, one line each */
  reasons: string[];
}

/** Scripts that share one global scope: what one declares at top level, the others see. */
export interface ScriptGroupReport {
  /** the package directory ("" for the root) */
  dir: string;
  files: string[];
  /** top-level names they declare, and how many of those another script of the group uses */
  declared: number;
  usedAcross: number;
}

/** The environment each module was linted in (upkeep score --explain-env prints it). */
export interface EnvironmentReport {
  groups: EnvironmentReportGroup[];
  scriptGroups: ScriptGroupReport[];
  sourceTypes: { module: number; commonjs: number; script: number };
  /** what was assumed or could not be read (a legacy config, an unknown environment name), one line each */
  notices: string[];
}

export const SCORE_REPORT_VERSION = 1;

export interface ScoreReport {
  schemaVersion: typeof SCORE_REPORT_VERSION;
  tool: { name: 'upkeep'; version: string };
  source: ReportSource;
  config: {
    /** recommended | typed | project | a path to an ESLint flat config file */
    eslintConfig: string;
    evaluation: string;
    /** hash of everything that can change a result (rules, options, categories, versions) */
    hash: string;
    /** the lint engine that produced the results (absent in reports of upkeep before engines) */
    engine?: { name: 'eslint' | 'oxlint'; version: string };
  };
  modules: ModuleResult[];
  directories: Aggregate[];
  packages: Aggregate[];
  total: Aggregate;
  skipped: SkippedFile[];
  /** the last run of the same paths, when it was made with the same effective configuration */
  previousRun?: PreviousRun;
  /** the environments applied; absent in reports of versions that did not detect them */
  environment?: EnvironmentReport;
  /**
   * The last run of the same paths was made with another effective configuration (ESLint config,
   * categories, evaluation, include/exclude, maxFileSize) and none with this one: not compared.
   */
  previousRunConfigurationChanged?: { date: string };
}
