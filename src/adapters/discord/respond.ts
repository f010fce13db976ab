import { MessageFlags, type APIEmbed, type AttachmentPayload, type ButtonInteraction, type ChatInputCommandInteraction, type InteractionReplyOptions } from 'discord.js';
import type { Logger } from '../../core/ports.js';
import { reply as makeReply, type Reply } from '../../core/reply.js';
import { forMemberOnly } from '../shared/replace-rules.js';
import { loggable } from './discord-errors.js';
import { attachPicture, drawPicture, type ChartRenderer, type Picture } from './picture.js';
import { NO_MENTIONS, renderReply, type ButtonRow } from './render.js';

export type Answerable = ChatInputCommandInteraction | ButtonInteraction;

/** How a finished reply reaches the member: a new message, or in place of the clicked message. */
export type Delivery = 'reply' | 'update';

/** What goes with a reply into a message besides the reply itself. */
export interface ContentExtras {
  readonly logger?: Logger;
  readonly picture?: Picture;
  /** The Share button's custom_id, offered when the reply is shareable. */
  readonly shareId?: string;
}

/** The message itself (embeds, buttons, no pings, a chart's picture): for new messages, edits and updates alike. */
export function messageContent(reply: Reply, extras: ContentExtras = {}): { embeds: APIEmbed[]; components: ButtonRow[]; allowedMentions: typeof NO_MENTIONS; files?: AttachmentPayload[] } {
  const message = renderReply(reply, reply.shareable && extras.shareId ? { shareId: extras.shareId } : {});
  if (message.dropped.length > 0) extras.logger?.warn({ dropped: message.dropped.length }, 'discord: choices left out (custom_id too long or repeated)');
  return { ...attachPicture(message.embeds, extras.picture), components: message.components, allowedMentions: NO_MENTIONS };
}

/** A new message answering an interaction: ephemeral when only the member should see it. */
export function replyOptions(reply: Reply, ephemeral: boolean, extras: ContentExtras = {}): InteractionReplyOptions {
  return { ...messageContent(reply, extras), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

const SLOW = Symbol('slow');

/** The work's result if it is ready within `ms`, else SLOW; never leaves a timer behind. */
async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof SLOW> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof SLOW>((resolve) => { timer = setTimeout(resolve, Math.max(0, ms), SLOW); });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function isOnEphemeralMessage(interaction: Answerable): boolean {
  return interaction.isButton() && interaction.message.flags.has(MessageFlags.Ephemeral);
}

/**
 * Answers within Discord's 3 seconds: if the reply is ready within `deferAfterMs` (almost always:
 * the core answers in about a millisecond) it goes out as the interaction's one response;
 * otherwise the interaction is deferred first and the reply follows. A deferral must choose
 * ephemeral or not before the reply exists, so it is ephemeral (a public reply then follows as a new
 * message); private text can never leak into the channel that way. A chart is drawn as part of the
 * work, so a slow drawing defers like a slow reply; its picture rides along as an attachment
 * (allowed on ephemeral messages too).
 */
export interface AnswerHow {
  readonly deliver: (reply: Reply) => Delivery;
  readonly deferAfterMs: number;
  readonly logger: Logger;
  readonly render?: ChartRenderer;
  /** Offered as a Share button on a shareable reply (see ../shared/share.ts). */
  readonly shareId?: string;
}

export async function answer(interaction: Answerable, work: Promise<Reply>, how: AnswerHow): Promise<void> {
  const { deliver, deferAfterMs, logger, render, shareId } = how;
  const drawn = work.then((reply) => (render ? drawPicture(reply, render, logger) : { reply }));
  const content = ({ reply, picture }: Drawn) => messageContent(reply, { logger, ...(picture ? { picture } : {}), ...(shareId ? { shareId } : {}) });
  const options = ({ reply, picture }: Drawn, ephemeral: boolean) => replyOptions(reply, ephemeral, { logger, ...(picture ? { picture } : {}), ...(shareId ? { shareId } : {}) });
  const early = await within(drawn, deferAfterMs);
  if (early !== SLOW) {
    if (deliver(early.reply) === 'update' && interaction.isButton()) await interaction.update(content(early));
    else await interaction.reply(options(early, forMemberOnly(early.reply)));
    return;
  }
  if (interaction.isButton() && isOnEphemeralMessage(interaction)) {
    await interaction.deferUpdate();
    const late = await drawn;
    if (deliver(late.reply) === 'update') await interaction.editReply(content(late));
    else await interaction.followUp(options(late, forMemberOnly(late.reply)));
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const late = await drawn;
  if (forMemberOnly(late.reply)) {
    await interaction.editReply(content(late));
    return;
  }
  // Discord treats the first follow-up after a deferral as the deferred message itself (keeping its
  // ephemeral flag), so the placeholder is resolved first; then the answer goes to the channel and
  // the placeholder is removed.
  await interaction.editReply(content({ reply: makeReply({ text: 'Posting the answer in the channel…', visibility: 'private' }) }));
  await interaction.followUp(options(late, false));
  await interaction.deleteReply().catch((error: unknown) => logger.warn({ interaction: interaction.id, err: loggable(error) }, 'discord: could not remove the placeholder'));
}

interface Drawn {
  readonly reply: Reply;
  readonly picture?: Picture;
}
