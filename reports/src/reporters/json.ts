import type { ScoreReport } from '@upkeep/core';

/** The score report as JSON, following the versioned ScoreReport schema (schemas/score-report.schema.json). */
export function formatJson(report: ScoreReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
