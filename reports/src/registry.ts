import type { Delta, ScoreReport, Trend } from '@upkeep/core';
import { loadChartJsSource } from './chart-js-source.js';
import { formatDeltaJson } from './reporters/delta-json.js';
import { formatDeltaText } from './reporters/delta-text.js';
import { formatGitlabCodeQuality } from './reporters/gitlab.js';
import { formatJson } from './reporters/json.js';
import { formatMarkdown } from './reporters/markdown.js';
import { formatSarif } from './reporters/sarif.js';
import { formatText } from './reporters/text.js';
import { formatTrendCsv } from './reporters/trend-csv.js';
import { formatTrendHtml } from './reporters/trend-html.js';
import { formatTrendJson } from './reporters/trend-json.js';
import { formatTrendMarkdown } from './reporters/trend-markdown.js';

/** Every report format upkeep writes, by the one id documented for `--format`. */
export const FORMAT_IDS = ['text', 'json', 'markdown', 'sarif', 'gitlab', 'html', 'csv'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** Other spellings accepted on the command line (and as `--out` extensions), each mapped to its id. */
export const FORMAT_ALIASES: Readonly<Record<string, FormatId>> = { md: 'markdown', htm: 'html' };

/** The data a reporter renders: a score report, a change (Delta) or a trend. */
export interface ReportData {
  score: ScoreReport;
  delta: Delta;
  trend: Trend;
}
export type ReportKind = keyof ReportData;

/** What the caller decides about the output: ANSI colors (a terminal), the short form. */
export interface RenderOptions {
  colors?: boolean;
  quiet?: boolean;
}

type Reporter<T> = (data: T, options: RenderOptions) => string | Promise<string>;
type Registry = { [K in ReportKind]: Partial<Record<FormatId, Reporter<ReportData[K]>>> };

/** The reporter registry: for each kind of data, the formats it can be written in. */
export const REPORTERS: Registry = {
  score: {
    text: (report, options) => formatText(report, { colors: options.colors ?? false, quiet: options.quiet }),
    json: (report) => formatJson(report),
  },
  delta: {
    text: (delta, options) => formatDeltaText(delta, { colors: options.colors ?? false }),
    json: (delta) => formatDeltaJson(delta),
    markdown: (delta) => formatMarkdown(delta),
    sarif: (delta) => formatSarif(delta),
    gitlab: (delta) => formatGitlabCodeQuality(delta),
  },
  trend: {
    markdown: (trend) => formatTrendMarkdown(trend),
    json: (trend) => formatTrendJson(trend),
    csv: (trend) => formatTrendCsv(trend),
    html: async (trend) => formatTrendHtml(trend, { chartJs: await loadChartJsSource() }),
  },
};

/** The format ids a kind of data can be written in, in the registry's order. */
export function formatsOf(kind: ReportKind): FormatId[] {
  return FORMAT_IDS.filter((id) => REPORTERS[kind][id] !== undefined);
}

/** The id a typed format (or alias) stands for when `kind` can be written in it; else undefined. */
export function formatIdOf(kind: ReportKind, typed: string): FormatId | undefined {
  const lower = typed.toLowerCase();
  const id = FORMAT_ALIASES[lower] ?? (FORMAT_IDS as readonly string[]).find((known) => known === lower);
  return id !== undefined && REPORTERS[kind][id as FormatId] !== undefined ? (id as FormatId) : undefined;
}

/** Renders `data` in `format`; throws when the kind has no reporter for it (check with formatIdOf first). */
export async function renderReport<K extends ReportKind>(
  kind: K,
  format: FormatId,
  data: ReportData[K],
  options: RenderOptions = {},
): Promise<string> {
  const reporter = REPORTERS[kind][format] as Reporter<ReportData[K]> | undefined;
  if (reporter === undefined)
    throw new Error(`no ${format} reporter for a ${kind} report (known: ${formatsOf(kind).join(', ')})`);
  return reporter(data, options);
}
