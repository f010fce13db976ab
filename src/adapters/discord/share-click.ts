import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { Logger } from '../../core/ports.js';
import type { Place } from '../../core/request.js';
import { cannotShare, sharedBy, sharedNote } from '../shared/replies.js';
import { rebuildShared, shareValue, type Rerunner, type ShareSource } from '../shared/share.js';
import { actorOf } from './interaction-parts.js';
import { messageContent, replyOptions } from './respond.js';

/** Share buttons' custom_ids start with this; what follows is the kit's share value. */
const SHARE_PREFIX = 'share:';

/** The custom_id of a Share button for a reply built from `source`, or undefined when Discord could not carry it (100 characters). */
export function shareId(source: ShareSource): string | undefined {
  const id = `${SHARE_PREFIX}${shareValue(source)}`;
  return id.length <= 100 ? id : undefined;
}

export function isShareClick(customId: string): boolean {
  return customId.startsWith(SHARE_PREFIX);
}

/**
 * "Share in channel" under a private lookup: the reply is built again for this member and, if the
 * core still offers it for sharing, posted in the channel as the interaction's public follow-up,
 * saying who shared it. The private preview is replaced by a short note, which also closes its
 * buttons, so one preview is shared once.
 */
export async function shareClick(interaction: ButtonInteraction, place: Place, bot: Rerunner, logger: Logger): Promise<void> {
  const actor = actorOf(interaction);
  const original = await rebuildShared(bot, { actor, place }, interaction.customId.slice(SHARE_PREFIX.length));
  if (!original) {
    await interaction.reply(replyOptions(cannotShare(), true));
    return;
  }
  const shared = replyOptions(sharedBy(original, actor.name), false, { logger });
  if (!interaction.message.flags.has(MessageFlags.Ephemeral)) {
    await interaction.reply(shared);
    return;
  }
  await interaction.update(messageContent(sharedNote()));
  await interaction.followUp(shared);
}
