import { extname } from 'node:path';
import { z } from 'zod';
import { parseEvery, type Every } from '@upkeep/analyzer';
import { UsageError } from './io.js';
import { formatIdOf, type FormatId } from '@upkeep/reports';
import { engineOption, formatOption, jobsOption } from './validate.js';

/** "2024-01-01" (the whole day, UTC) or a full ISO date-time with its offset. */
function dateOption(flag: string, endOfDay: boolean): z.ZodType<{ date: Date; text: string }, string> {
  return z.string().transform((text, ctx) => {
    const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
    const valid = dayOnly || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text);
    const date = new Date(dayOnly ? `${text}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z` : text);
    if (!valid || Number.isNaN(date.getTime()) || (dayOnly && date.toISOString().slice(0, 10) !== text)) {
      ctx.addIssue({
        code: 'custom',
        message: `${flag} expects a date such as 2024-01-31 or 2024-01-31T18:00:00Z, got "${text}"`,
      });
      return z.NEVER;
    }
    return { date, text };
  });
}

const everyOption: z.ZodType<Every, string> = z.string().transform((text, ctx) => {
  const every = parseEvery(text.trim().toLowerCase());
  if (!every) {
    ctx.addIssue({
      code: 'custom',
      message: `--every expects commit, day, week, month or <N>commits (e.g. 10commits), got "${text}"`,
    });
    return z.NEVER;
  }
  return every;
});

const maxPointsOption = z.string().transform((text, ctx) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 5000) {
    ctx.addIssue({ code: 'custom', message: `--max-points expects a whole number from 1 to 5000, got "${text}"` });
    return z.NEVER;
  }
  return value;
});

export const TrendOptions = z.object({
  branch: z.string().min(1).optional(),
  since: dateOption('--since', false).optional(),
  until: dateOption('--until', true).optional(),
  every: everyOption.optional(),
  maxPoints: maxPointsOption.optional(),
  format: formatOption('trend').optional(),
  out: z.string().min(1).optional(),
  eslintConfig: z.string().min(1).optional(),
  jobs: jobsOption.optional(),
  engine: engineOption.optional(),
  cache: z.boolean(),
  quiet: z.boolean().optional(),
});
export type TrendOptions = z.infer<typeof TrendOptions>;

/** Checks what no single flag can: the range, and a format the --out name contradicts. */
export function checkTrendOptions(options: TrendOptions): FormatId {
  if (options.since && options.until && options.since.date > options.until.date) {
    throw new UsageError(`--since ${options.since.text} is after --until ${options.until.text}; swap them`);
  }
  return options.format ?? formatOfFile(options.out) ?? 'markdown';
}

/** quality.html → html, trend.md → markdown…: the format a file name asks for, if any. */
function formatOfFile(out: string | undefined): FormatId | undefined {
  if (out === undefined || out === '-') return undefined;
  const ext = extname(out).slice(1);
  return ext === '' ? undefined : formatIdOf('trend', ext);
}
