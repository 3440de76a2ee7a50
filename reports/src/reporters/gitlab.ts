import type { Category, Delta } from '@upkeep/core';
import { fingerprintedMessages } from './fingerprint.js';

type Severity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';
const KIND: Record<Category, string> = {
  F: 'Bug Risk',
  E: 'Bug Risk',
  W: 'Bug Risk',
  R: 'Complexity',
  C: 'Style',
  I: 'Style',
};
const SEVERITY: Record<Category, Severity> = {
  F: 'blocker',
  E: 'critical',
  W: 'major',
  R: 'minor',
  C: 'minor',
  I: 'info',
};

/**
 * The messages a change introduces as a GitLab Code Quality report (artifacts:reports:codequality),
 * which the merge request widget shows: one issue per message with a fingerprint that survives
 * moved code, severity from the category.
 */
export function formatGitlabCodeQuality(delta: Delta): string {
  const issues = fingerprintedMessages(delta).map(({ path, message, fingerprint }) => ({
    type: 'issue',
    check_name: message.ruleId,
    description: message.message,
    categories: [KIND[message.category]],
    severity: SEVERITY[message.category],
    fingerprint,
    location: {
      path,
      lines: { begin: message.line, ...(message.endLine === undefined ? {} : { end: message.endLine }) },
    },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
