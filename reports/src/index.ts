/** Reporters: pure functions from upkeep's data to text. Publishers (I/O) are in `@upkeep/reports/publishers`. */
export { formatText, type TextReportOptions } from './reporters/text.js';
export { formatJson } from './reporters/json.js';
export { formatDeltaText, moduleLine, type DeltaTextOptions } from './reporters/delta-text.js';
export { formatDeltaJson } from './reporters/delta-json.js';
export { formatMarkdown, COMMENT_MARKER, GITHUB_COMMENT_LIMIT, type MarkdownOptions } from './reporters/markdown.js';
export { escapeMarkdown } from './reporters/markdown-escape.js';
export { formatSarif } from './reporters/sarif.js';
export { formatGitlabCodeQuality } from './reporters/gitlab.js';
export { formatChatSummary } from './reporters/chat-summary.js';
export { formatTrendJson } from './reporters/trend-json.js';
export { formatTrendCsv } from './reporters/trend-csv.js';
export { formatTrendMarkdown } from './reporters/trend-markdown.js';
export { formatTrendHtml, type TrendHtmlOptions } from './reporters/trend-html.js';
export { loadChartJsSource } from './chart-js-source.js';
export {
  FORMAT_ALIASES,
  FORMAT_IDS,
  REPORTERS,
  formatIdOf,
  formatsOf,
  renderReport,
  type FormatId,
  type RenderOptions,
  type ReportData,
  type ReportKind,
} from './registry.js';
