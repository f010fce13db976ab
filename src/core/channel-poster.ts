import type { Reply } from './reply.js';
import type { Place, Platform } from './request.js';

/**
 * How the scheduler (and `/aws daily now`) reach a channel without a member's command to reply to.
 * Each front end implements it: Slack with chat.postMessage / chat.update, Discord with channel
 * messages, the console by printing.
 */
export interface ChannelPoster {
  readonly platform: Platform;
  /** Posts a message; returns the platform's id for it (Slack ts, Discord message id). */
  post(place: Place, reply: Reply): Promise<{ readonly messageRef: string }>;
  /** Replaces an earlier message, e.g. to close a question's buttons at the reveal. */
  update(place: Place, messageRef: string, reply: Reply): Promise<void>;
}
