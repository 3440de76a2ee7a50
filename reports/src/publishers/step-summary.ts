import { appendFile } from 'node:fs/promises';

/** Appends markdown to the job summary file GitHub Actions names in $GITHUB_STEP_SUMMARY. */
export async function writeStepSummary(file: string, markdown: string): Promise<void> {
  await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}
