import type { Reply } from './reply.js';
import type { Place, Platform } from './request.js';

/**
 * How the scheduler (and `/aws daily now`) reach a channel without a member's command to reply to.
 * Each front end implements it: Slack with chat.postMessage / chat.update, Discord with channel
 * messages, the console by printing.
 */
export interface ChannelPoster {
  readonly platform: Platform;
  /**
   * Posts a message; returns the platform's id for it (Slack ts, Discord message id). A reply with a
   * chart carries its picture too (Slack uploads it into the channel, Discord attaches it, the console
   * saves a PNG); once the message is out, a picture that fails is logged, never thrown, so the
   * message is not sent twice.
   */
  post(place: Place, reply: Reply): Promise<{ readonly messageRef: string }>;
  /** Replaces an earlier message, e.g. to close a question's buttons at the reveal. */
  update(place: Place, messageRef: string, reply: Reply): Promise<void>;
}
