import type { Command } from 'commander';
import { z } from 'zod';
import { formatChatSummary } from '@upkeep/reports';
import { PublishError, publishWebhook, redact } from '@upkeep/reports/publishers';
import { addChangeOptions, addGateOptions, ChangeOptions, GateOptions } from '../delta/options.js';
import { computeDelta } from '../delta/compute.js';
import { EXIT_OK, UsageError, type CliIo } from '../io.js';
import { parseOptions } from '../validate.js';

const NotifyOptions = ChangeOptions.extend(GateOptions.shape).extend({
  webhook: z.string().optional(),
  title: z.string().min(1).optional(),
  link: z.string().url({ error: 'expected a URL' }).optional(),
});

export function registerNotify(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const command = program
    .command('notify')
    .description('post a short summary of a change to a Slack or Mattermost incoming webhook')
    .option('--webhook <url>', 'the incoming webhook URL (default: $UPKEEP_WEBHOOK_URL, which keeps it out of logs)')
    .option('--title <text>', 'what the summary is about, e.g. the pull request title')
    .option('--link <url>', 'a link added to the summary, e.g. the pull request');
  addChangeOptions(command);
  addGateOptions(command);
  command.action(async (raw: Record<string, unknown>) => {
    const options = parseOptions(NotifyOptions, raw);
    const url = options.webhook ?? io.env.UPKEEP_WEBHOOK_URL;
    if (!url) throw new UsageError('notify: give --webhook <url> or set UPKEEP_WEBHOOK_URL');
    if (!/^https?:\/\//.test(url)) throw new UsageError('--webhook: expected an http(s) URL of an incoming webhook');
    const delta = await computeDelta(options, options, io);
    try {
      await publishWebhook(url, formatChatSummary(delta, { title: options.title, link: options.link }), {
        onWait: (notice) => io.stderr.write(`upkeep: ${redact(notice, [url])}\n`),
      });
    } catch (error) {
      if (error instanceof PublishError) throw new UsageError(redact(error.message, [url]));
      throw error;
    }
    if (!options.quiet) io.stderr.write('upkeep: summary posted to the webhook\n');
    setExit(EXIT_OK);
  });
}
