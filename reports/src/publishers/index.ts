/** Publishers: they send reports to forges, chat and CI summaries (network and file I/O). */
export { publishGithubComment, type GithubTarget, type PublishOutcome } from './github.js';
export { publishGitlabNote, type GitlabTarget } from './gitlab.js';
export { publishWebhook, webhookHost } from './webhook.js';
export { writeStepSummary } from './step-summary.js';
export { PublishError, redact, type PublishErrorKind, type PublishTiming } from './publish-error.js';
