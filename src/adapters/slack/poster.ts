import type { webApi } from '@slack/bolt';
import type { ChartSpec } from '../../core/charts/chart-spec.js';
import type { ChannelPoster } from '../../core/channel-poster.js';
import type { DirectMessenger } from '../../core/direct-messenger.js';
import type { Logger } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import type { Place } from '../../core/request.js';
import { renderReply } from './render.js';
import { explainSlackError, slackError } from './slack-errors.js';

export interface RetryPolicy {
  /** Further attempts after a 429. */
  readonly maxRetries: number;
  /** A Retry-After longer than this is not waited out: the caller hears "try again in N s" instead. */
  readonly maxWaitMs: number;
  readonly sleep: (ms: number) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 2,
  maxWaitMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Calls one Web API method; on a 429 waits what Slack's Retry-After asks (bounded) and tries again.
 * Every failure comes out as a PlatformError with a message someone can act on, and is logged once.
 */
export async function callSlack<T>(method: string, context: object, logger: Logger, policy: RetryPolicy, call: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const problem = explainSlackError(error, method);
      const waitMs = problem.retryAfterSec !== undefined ? problem.retryAfterSec * 1000 : undefined;
      if (waitMs !== undefined && attempt < policy.maxRetries && waitMs <= policy.maxWaitMs) {
        logger.warn({ ...context, method, retryAfterSec: problem.retryAfterSec, attempt: attempt + 1 }, 'slack rate limited; waiting as asked');
        await policy.sleep(waitMs);
        continue;
      }
      logger.warn({ ...context, method, code: problem.code, err: problem.cause }, problem.message);
      throw problem;
    }
  }
}

/**
 * How the scheduler and `/aws daily now` reach a Slack channel: chat.postMessage to post (the
 * message ts is the ref) and chat.update to replace a message, e.g. to close a question's buttons.
 * Reminders go to the member's DM: conversations.open, then chat.postMessage there.
 */
export class SlackPoster implements ChannelPoster, DirectMessenger {
  readonly platform = 'slack' as const;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly logger: Logger,
    private readonly policy: RetryPolicy = defaultRetryPolicy,
    /** Draws and uploads a reply's chart into the channel (files.uploadV2); without it charts are left out. */
    private readonly sendChart?: (channelId: string, chart: ChartSpec) => Promise<void>,
  ) {}

  async post(place: Place, reply: Reply): Promise<{ messageRef: string }> {
    const message = renderReply(reply);
    const result = await callSlack('chat.postMessage', { channel: place.channelId }, this.logger, this.policy,
      () => this.client.chat.postMessage({ channel: place.channelId, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false }));
    if (!result.ts) throw slackError('no_ts', 'Slack accepted the message but did not say where it is.', 'chat.postMessage');
    // The picture follows its message; the text already says the same numbers, so a failure is only logged.
    if (reply.chart && this.sendChart) {
      await this.sendChart(place.channelId, reply.chart).catch((error: unknown) => {
        this.logger.warn({ err: error, channel: place.channelId, chart: reply.chart?.fileName }, 'slack: the message is out, its chart could not be sent');
      });
    }
    return { messageRef: result.ts };
  }

  async sendDirect(workspaceId: string, memberId: string, reply: Reply): Promise<void> {
    // The bot token belongs to one workspace, so the member id alone names the DM.
    const opened = await callSlack('conversations.open', { workspace: workspaceId, user: memberId }, this.logger, this.policy,
      () => this.client.conversations.open({ users: memberId }));
    const channel = opened.channel?.id;
    if (!channel) throw slackError('no_channel', 'Slack did not open a direct message with the member.', 'conversations.open');
    const message = renderReply(reply);
    await callSlack('chat.postMessage', { channel }, this.logger, this.policy,
      () => this.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false }));
  }

  async update(place: Place, messageRef: string, reply: Reply): Promise<void> {
    const message = renderReply(reply);
    await callSlack('chat.update', { channel: place.channelId, ts: messageRef }, this.logger, this.policy,
      () => this.client.chat.update({ channel: place.channelId, ts: messageRef, text: message.text, blocks: message.blocks }));
  }
}
