import type { FileEnvironment } from '../environment/types.js';

/** What a linter needs to build its ESLint instance: plain data, so it can be sent to a worker. */
export interface LintSpec {
  /** absolute project root, ESLint's cwd */
  root: string;
  /** recommended | typed | project | an absolute path to a flat config file */
  eslintConfig: string;
  /** the environments of the run by id (see environment/): each input names its own */
  environments?: Record<string, FileEnvironment>;
  /** a project's legacy `.eslintrc*` to convert when `eslintConfig` is `project` and it has no flat config */
  legacyConfigFile?: string;
}

/** What linting one file produced, before categories are applied; this is what the cache stores. */
export interface LintFacts {
  statements: number;
  parseable: boolean;
  messages: RawMessage[];
  /** meta.type of the rules that reported, for rules outside upkeep's category table */
  ruleTypes: Record<string, 'problem' | 'suggestion' | 'layout'>;
  /** set when the configuration does not cover the file (ESLint "file ignored") */
  ignored?: boolean;
  /** set when ESLint itself crashed on the file */
  crash?: string;
}

export interface RawMessage {
  /** null for parse errors and for ESLint's own comments about directives */
  ruleId: string | null;
  fatal: boolean;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  messageId?: string;
}

export interface LintInput {
  path: string;
  text: string;
  /** id of the file's environment in the spec's `environments` */
  environment?: string;
}
