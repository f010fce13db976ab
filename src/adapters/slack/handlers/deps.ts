import type { Logger } from '../../../core/ports.js';
import type { Reply } from '../../../core/reply.js';
import type { Actor, CommandRequest } from '../../../core/request.js';
import type { Studybot } from '../../../core/studybot.js';
import type { AdminCheck } from '../admin.js';
import type { AfterAck } from '../after-ack.js';
import type { ChartDeliveryDeps } from '../chart-delivery.js';
import type { SlackHomeDeps } from '../home.js';
import type { SlackPoster } from '../poster.js';
import type { ResponseUrlClient } from '../response-url.js';
import type { SeenRequests } from '../seen.js';

export interface SlackHandlerDeps {
  readonly bot: Studybot;
  readonly logger: Logger;
  readonly admins: AdminCheck;
  readonly poster: SlackPoster;
  readonly seen: SeenRequests;
  readonly responses: ResponseUrlClient;
  readonly afterAck: AfterAck;
  /** How a reply's chart reaches Slack (files.uploadV2). */
  readonly charts: Omit<ChartDeliveryDeps, 'logger'>;
  /** What the Home tab needs beyond the above: the Web API client and the DM opener. */
  readonly home: Pick<SlackHomeDeps, 'client' | 'policy' | 'openDm'>;
}

export interface SendHow {
  /** The Share button's value, offered when the reply is shareable (see ../../shared/share.ts). */
  readonly shareValue?: string;
  readonly replaceOriginal?: boolean;
}

/** What every listener below works with: the deps, plus the three helpers they all need. */
export interface SlackHandlerKit extends SlackHandlerDeps {
  /** Answers through a response_url; a failure is only logged. */
  send(url: string | undefined, reply: Reply, how?: SendHow): Promise<void>;
  /** Queues work after the ack: drops repeats, turns anything thrown into a log line and an apology. */
  guarded(kind: string, key: string | undefined, retryNum: number | undefined, responseUrl: string | undefined, work: () => Promise<void>): Promise<void>;
  /**
   * The member, without asking Slack who they are: admin only if listed in SLACK_ADMIN_IDS. A command
   * that needs admin rights asks through `confirmAdmin` (users.info, cached).
   */
  member(id: string, name: string | undefined): Actor;
  confirmAdmin(id: string): NonNullable<CommandRequest['confirmAdmin']>;
}
