import type { ChannelPoster } from '../../src/core/channel-poster.js';
import type { DirectMessenger } from '../../src/core/direct-messenger.js';
import type { Reply } from '../../src/core/reply.js';
import type { Place, Platform } from '../../src/core/request.js';

export interface Sent {
  readonly kind: 'post' | 'update';
  readonly place: Place;
  readonly reply: Reply;
  readonly messageRef: string;
}

export interface SentDirect {
  readonly workspaceId: string;
  readonly memberId: string;
  readonly reply: Reply;
}

/** A front end that remembers what it was asked to send; it can be told to fail the next sends. */
export class RecordingPoster implements ChannelPoster, DirectMessenger {
  readonly sent: Sent[] = [];
  readonly directs: SentDirect[] = [];
  failNext = 0;
  failNextDirect = 0;
  private counter = 0;

  constructor(readonly platform: Platform = 'slack') {}

  async post(place: Place, reply: Reply): Promise<{ messageRef: string }> {
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw Object.assign(new Error('channel_not_found'), { code: 'slack_webapi_platform_error' });
    }
    this.counter += 1;
    const messageRef = `m${this.counter}`;
    this.sent.push({ kind: 'post', place, reply, messageRef });
    return { messageRef };
  }

  async sendDirect(workspaceId: string, memberId: string, reply: Reply): Promise<void> {
    if (this.failNextDirect > 0) {
      this.failNextDirect -= 1;
      throw Object.assign(new Error('cannot_dm_bot'), { code: 'slack_webapi_platform_error' });
    }
    this.directs.push({ workspaceId, memberId, reply });
  }

  async update(place: Place, messageRef: string, reply: Reply): Promise<void> {
    this.sent.push({ kind: 'update', place, reply, messageRef });
  }

  questions(): Sent[] {
    return this.sent.filter((s) => s.kind === 'post' && s.reply.title?.startsWith('Question of the day'));
  }

  reveals(): Sent[] {
    return this.sent.filter((s) => s.kind === 'post' && s.reply.title?.startsWith('Answer:'));
  }
}
