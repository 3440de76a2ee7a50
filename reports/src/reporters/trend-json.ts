import type { Trend } from '@upkeep/core';

/** The trend as JSON, following the versioned Trend schema (schemas/trend.schema.json). */
export function formatTrendJson(trend: Trend): string {
  return `${JSON.stringify(trend, null, 2)}\n`;
}
