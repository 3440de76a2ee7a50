export { formatText, type TextReportOptions } from './reporters/text.js';
export { formatJson } from './reporters/json.js';
