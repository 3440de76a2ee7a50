/** upkeep's own rules, by id: the id is the rule's folder, file and doc page name. */
import type { Rule } from 'eslint';
import { identifierNaming } from './identifier-naming/identifier-naming.js';
import { noObsolete } from './no-obsolete/no-obsolete.js';
import { requireDocs } from './require-docs/require-docs.js';
import { noSwallowedError } from './no-swallowed-error/no-swallowed-error.js';
import { tooManyBooleanExpressions } from './too-many-boolean-expressions/too-many-boolean-expressions.js';
import { tooManyBranches } from './too-many-branches/too-many-branches.js';
import { tooManyInstanceAttributes } from './too-many-instance-attributes/too-many-instance-attributes.js';
import { tooManyLocals } from './too-many-locals/too-many-locals.js';
import { tooManyPublicMethods } from './too-many-public-methods/too-many-public-methods.js';
import { tooManyReturnStatements } from './too-many-return-statements/too-many-return-statements.js';
import { tooManyStatements } from './too-many-statements/too-many-statements.js';

// typescript-eslint's RuleModule and ESLint's differ only in their listener types.
export const RULES: Readonly<Record<string, Rule.RuleModule>> = Object.freeze({
  'identifier-naming': identifierNaming,
  'no-obsolete': noObsolete,
  'no-swallowed-error': noSwallowedError,
  'require-docs': requireDocs,
  'too-many-boolean-expressions': tooManyBooleanExpressions,
  'too-many-branches': tooManyBranches,
  'too-many-instance-attributes': tooManyInstanceAttributes,
  'too-many-locals': tooManyLocals,
  'too-many-public-methods': tooManyPublicMethods,
  'too-many-return-statements': tooManyReturnStatements,
  'too-many-statements': tooManyStatements,
} as unknown as Record<string, Rule.RuleModule>);
