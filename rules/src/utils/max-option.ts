import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

export interface MaxOption {
  max: number;
}

/** The option schema of a threshold rule: `{ max }`, a non-negative integer. */
export function maxOptionSchema(description: string): JSONSchema4[] {
  return [
    {
      type: 'object',
      properties: { max: { type: 'integer', minimum: 0, description } },
      additionalProperties: false,
    },
  ];
}
