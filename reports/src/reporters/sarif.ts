import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Category, Delta } from '@upkeep/core';
import { fingerprintedMessages } from './fingerprint.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL: Record<Category, NonNullable<Result['level']>> = {
  F: 'error',
  E: 'error',
  W: 'warning',
  R: 'note',
  C: 'note',
  I: 'note',
};

/** A root-relative path as a SARIF URI reference: each segment percent-encoded (spaces, #, ?, %). */
function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The messages a change introduces as SARIF 2.1.0, for GitHub code scanning
 * (github/codeql-action/upload-sarif): one run, the rules that fired in `tool.driver.rules`, levels
 * from the categories (E/F error, W warning, R/C/I note), locations relative to %SRCROOT%.
 */
export function formatSarif(delta: Delta): string {
  const messages = fingerprintedMessages(delta);
  const ruleIds = [...new Set(messages.map(({ message }) => message.ruleId))].sort();
  const categoryOf = new Map(messages.map(({ message }) => [message.ruleId, message.category]));
  const rules = ruleIds.map((id): ReportingDescriptor => ({
    id,
    shortDescription: { text: id },
    defaultConfiguration: { level: LEVEL[categoryOf.get(id) ?? 'W'] },
    properties: { category: categoryOf.get(id) ?? 'W' },
  }));
  const results = messages.map(({ path, message, fingerprint }): Result => ({
    ruleId: message.ruleId,
    ruleIndex: ruleIds.indexOf(message.ruleId),
    level: LEVEL[message.category],
    message: { text: message.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(path), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: message.line,
            startColumn: message.column,
            ...(message.endLine === undefined ? {} : { endLine: message.endLine }),
            ...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
          },
        },
      },
    ],
    partialFingerprints: { 'upkeep/v1': fingerprint },
    properties: { category: message.category, onChangedLine: message.onChangedLine },
  }));
  // typed by @types/sarif (the SARIF 2.1.0 object model), so a misspelt or misplaced property does not compile
  const sarif: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'upkeep', version: delta.tool.version, rules } },
        automationDetails: { id: 'upkeep/diff/' },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
