import type { webApi } from '@slack/bolt';
import type { ChartSpec } from '../../core/charts/chart-spec.js';
import type { Logger } from '../../core/ports.js';
import { callSlack, defaultRetryPolicy, type RetryPolicy } from './poster.js';
import { slackError } from './slack-errors.js';

/**
 * Puts chart pictures into Slack with files.uploadV2 (get an upload URL, send the bytes, complete the
 * upload into a conversation). Slack has no ephemeral files, so a private chart goes to the member's
 * DM with the bot: posting it in the channel would show one member's results to everyone.
 */
export class SlackChartUploader {
  constructor(
    private readonly client: webApi.WebClient,
    private readonly logger: Logger,
    private readonly policy: RetryPolicy = defaultRetryPolicy,
  ) {}

  /** The id of the bot's DM with a member (opened if it never was). */
  async dmWith(userId: string): Promise<string> {
    const opened = await callSlack('conversations.open', { user: userId }, this.logger, this.policy,
      () => this.client.conversations.open({ users: userId }));
    const id = opened.channel?.id;
    if (!id) throw slackError('no_channel', 'Slack did not open a direct message with you.', 'conversations.open');
    return id;
  }

  async upload(channelId: string, spec: ChartSpec, png: Buffer): Promise<void> {
    await callSlack('files.uploadV2', { channel: channelId, file: spec.fileName }, this.logger, this.policy,
      () => this.client.files.uploadV2({ channel_id: channelId, file: png, filename: spec.fileName, title: spec.title, alt_text: spec.altText }));
  }
}
