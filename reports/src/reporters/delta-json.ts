import type { Delta } from '@upkeep/core';

/** The Delta as JSON, following the versioned Delta schema (schemas/delta.schema.json). */
export function formatDeltaJson(delta: Delta): string {
  return `${JSON.stringify(delta, null, 2)}\n`;
}
