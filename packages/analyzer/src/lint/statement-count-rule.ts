import type { Rule } from 'eslint';
import { COUNTED_STATEMENT_TYPES, isCountedStatement } from '@upkeep/eslint-plugin';

/**
 * Statement counts recorded by the rule below, by physical file name. The rule runs inside the
 * same ESLint traversal as every other rule, so counting costs no second parse or walk; the
 * linter that owns the ESLint instance takes the count right after linting the file.
 */
const counts = new Map<string, number>();

export function takeStatementCount(filename: string): number | undefined {
  const count = counts.get(filename);
  counts.delete(filename);
  return count;
}

const statementCountRule: Rule.RuleModule = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Records the number of statements of the module for the score (reports nothing).' },
    schema: [],
  },
  create(context) {
    let count = 0;
    const onNode = (node: Rule.Node): void => {
      // typescript-estree node types are a superset of ESTree's; the counting code is written for them
      if (isCountedStatement(node as unknown as Parameters<typeof isCountedStatement>[0])) count++;
    };
    const listeners: Rule.RuleListener = {};
    for (const type of COUNTED_STATEMENT_TYPES) listeners[type] = onNode;
    listeners['Program:exit'] = () => {
      counts.set(context.physicalFilename, count);
    };
    return listeners;
  },
};

const STATEMENT_COUNT_RULE_ID = 'upkeep-internal/statement-count';

/** A flat config object that adds the counting rule to any configuration, for every module. */
export const statementCountConfig = {
  files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
  plugins: { 'upkeep-internal': { rules: { 'statement-count': statementCountRule } } },
  rules: { [STATEMENT_COUNT_RULE_ID]: 'error' as const },
};
