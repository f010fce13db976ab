import type { ChannelPoster } from './channel-poster.js';
import type { Reply } from './reply.js';

/**
 * How the core reaches one member privately, without a command to reply to (a reminder). Slack opens
 * the DM with conversations.open, Discord with the REST user.createDM, the console prints a line.
 */
export interface DirectMessenger {
  sendDirect(workspaceId: string, memberId: string, reply: Reply): Promise<void>;
}

/**
 * The front end that posts to a platform's channels also sends its DMs, so both live on one object in
 * the one posters registry: a platform without a front end in this instance has neither, and is skipped.
 */
export function directMessengerOf(poster: ChannelPoster | undefined): DirectMessenger | undefined {
  return poster && sendsDirect(poster) ? poster : undefined;
}

function sendsDirect(poster: ChannelPoster): poster is ChannelPoster & DirectMessenger {
  return 'sendDirect' in poster && typeof poster.sendDirect === 'function';
}
