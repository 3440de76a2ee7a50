import { z } from 'zod';
import { UsageError } from './io.js';
import { formatIdOf, formatsOf, type FormatId, type ReportKind } from '@upkeep/reports';

/** Command-line numbers arrive as strings; these check and convert them with a message naming the flag. */
export function scoreBound(flag: string): z.ZodType<number, string> {
  return z.string().transform((text, ctx) => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 10) {
      ctx.addIssue({ code: 'custom', message: `${flag} expects a score from 0 to 10, got "${text}"` });
      return z.NEVER;
    }
    return value;
  });
}

export const jobsOption: z.ZodType<number, string> = z.string().transform((text, ctx) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 64) {
    ctx.addIssue({ code: 'custom', message: `--jobs expects a whole number from 1 to 64, got "${text}"` });
    return z.NEVER;
  }
  return value;
});

/** Validates parsed options; the first problem becomes a usage error (exit 2). */
export function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const flag = issue.path.length
    ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
    : 'options';
  throw new UsageError(issue.message.startsWith('--') ? issue.message : `${flag}: ${issue.message}`);
}

/**
 * `--format` for a kind of report: one of the registry's ids for it, or an alias (`md` for
 * `markdown`); the message lists the ids, never the aliases.
 */
export function formatOption(kind: ReportKind): z.ZodType<FormatId, string> {
  return z.string().transform((text, ctx) => {
    const id = formatIdOf(kind, text.trim());
    if (id === undefined) {
      ctx.addIssue({ code: 'custom', message: `expected ${orList(formatsOf(kind))}, got "${text}"` });
      return z.NEVER;
    }
    return id;
  });
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
}

/** --engine: the lint engine for the recommended preset. */
export const engineOption = z.enum(['oxlint', 'eslint'], {
  error: (issue) => `expected oxlint or eslint, got ${JSON.stringify(issue.input)}`,
});
export const ENGINE_FLAG = '--engine <engine>';
export const ENGINE_HELP =
  'lint engine for the recommended preset: oxlint (default) | eslint (also "engine" in upkeep.config.json, or UPKEEP_ENGINE); other ESLint configs always run on ESLint';
