import { z } from 'zod';
import type { GateConditions, GateVerdict } from './model.js';

const scoreBound = z.number().min(0).max(10);

export const GateConditionsSchema = z
  .strictObject({
    failUnder: scoreBound.optional().describe('fail when the project score after the change is below this'),
    maxModuleDrop: scoreBound
      .optional()
      .describe('fail when a changed module loses more than this many points (0 forbids any drop)'),
    minNewModule: scoreBound.optional().describe('fail when an added module scores below this'),
    noNewErrors: z.boolean().optional().describe('fail when the change introduces an error (E) or fatal (F) message'),
  })
  .describe('the conditions `upkeep gate` (and `upkeep diff --gate`) checks; flags override them');

export const GateFailureSchema = z.strictObject({
  condition: z.enum(['fail-under', 'max-module-drop', 'min-new-module', 'no-new-errors']),
  module: z.string().optional(),
  actual: z.number(),
  limit: z.number(),
  message: z.string(),
});

export const GateVerdictSchema = z.strictObject({
  passed: z.boolean(),
  conditions: GateConditionsSchema,
  failures: z.array(GateFailureSchema),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const conditionsMatch: Same<z.infer<typeof GateConditionsSchema>, GateConditions> = true;
const verdictMatches: Same<z.infer<typeof GateVerdictSchema>, GateVerdict> = true;
void conditionsMatch;
void verdictMatches;
