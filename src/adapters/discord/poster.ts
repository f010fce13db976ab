import { Routes, type REST } from 'discord.js';
import type { ChannelPoster } from '../../core/channel-poster.js';
import type { DirectMessenger } from '../../core/direct-messenger.js';
import type { Logger } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import type { Place } from '../../core/request.js';
import { discordError, explainDiscordError, loggable } from './discord-errors.js';
import { attachPicture, drawPicture, type ChartRenderer } from './picture.js';
import { messageBody, renderReply } from './render.js';

/**
 * How the scheduler and `/aws daily now` reach a Discord channel: POST /channels/:id/messages (the
 * message id is the ref) and PATCH to replace it, e.g. to close a question's buttons at the reveal.
 * Rate limits are the REST client's job (it waits out short 429s and rejects long ones, see
 * client.ts); every failure is logged once and thrown as a PlatformError with a clear message.
 * Reminders go to the member's DM channel: POST /users/@me/channels (createDM), then a message there.
 */
export class DiscordPoster implements ChannelPoster, DirectMessenger {
  readonly platform = 'discord' as const;

  constructor(
    private readonly rest: REST,
    private readonly logger: Logger,
    /** Draws a reply's chart for its attachment; without it charts are left out. */
    private readonly renderChart?: ChartRenderer,
  ) {}

  async post(place: Place, reply: Reply): Promise<{ messageRef: string }> {
    // The picture is drawn before the send, so it goes out in the same message as its attachment.
    const drawn = this.renderChart ? await drawPicture(reply, this.renderChart, this.logger) : { reply };
    const message = this.render(drawn.reply, place);
    const body = messageBody(message);
    const picture = drawn.picture;
    const request = picture
      ? {
        body: { ...body, embeds: attachPicture(body.embeds, picture).embeds, attachments: [{ id: 0, filename: picture.name, description: picture.description }] },
        files: [{ key: 'files[0]', name: picture.name, data: picture.png, contentType: 'image/png' }],
      }
      : { body };
    const sent = await this.call('post message', place, undefined, () => this.rest.post(Routes.channelMessages(place.channelId), request));
    const id = (sent as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id.length === 0) {
      throw discordError('no-id', 'Discord accepted the message but did not say which one it is.', 'post message');
    }
    return { messageRef: id };
  }

  async sendDirect(workspaceId: string, memberId: string, reply: Reply): Promise<void> {
    const where: Place = { platform: 'discord', workspaceId, channelId: `dm:${memberId}` };
    const dm = await this.call('open direct message', where, undefined, () => this.rest.post(Routes.userChannels(), { body: { recipient_id: memberId } }));
    const channelId = (dm as { id?: unknown } | null)?.id;
    if (typeof channelId !== 'string' || channelId.length === 0) {
      throw discordError('no-id', 'Discord did not open a direct message with the member.', 'open direct message');
    }
    const message = this.render(reply, where);
    await this.call('send direct message', where, undefined, () => this.rest.post(Routes.channelMessages(channelId), { body: messageBody(message) }));
  }

  async update(place: Place, messageRef: string, reply: Reply): Promise<void> {
    const message = this.render(reply, place);
    await this.call('edit message', place, messageRef, () => this.rest.patch(Routes.channelMessage(place.channelId, messageRef), { body: messageBody(message) }));
  }

  private render(reply: Reply, place: Place) {
    const message = renderReply(reply);
    if (message.dropped.length > 0) this.logger.warn({ channel: place.channelId, dropped: message.dropped.length }, 'discord: choices left out (custom_id too long or repeated)');
    return message;
  }

  private async call(action: string, place: Place, messageRef: string | undefined, work: () => Promise<unknown>): Promise<unknown> {
    try {
      return await work();
    } catch (error) {
      const problem = explainDiscordError(error, action);
      this.logger.warn({ guild: place.workspaceId, channel: place.channelId, ...(messageRef ? { message: messageRef } : {}), code: problem.code, err: loggable(error) }, problem.message);
      throw problem;
    }
  }
}
