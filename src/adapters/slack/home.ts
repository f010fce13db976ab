import type { App, types, webApi } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import type { Actor, Place } from '../../core/request.js';
import { DASHBOARD_ACTIONS } from '../../core/study/study-service.js';
import type { Studybot } from '../../core/studybot.js';
import type { AfterAck } from './after-ack.js';
import { str } from '../shared/text.js';
import { callSlack, type RetryPolicy, type SlackPoster } from './poster.js';
import { renderReply } from './render.js';
import { explainSlackError } from './slack-errors.js';

export interface SlackHomeDeps {
  readonly bot: Studybot;
  readonly logger: Logger;
  readonly client: webApi.WebClient;
  readonly policy: RetryPolicy;
  readonly poster: SlackPoster;
  readonly afterAck: AfterAck;
  readonly actorOf: (id: string, name: string | undefined) => Promise<Actor>;
  /** The member's DM with the bot (conversations.open). */
  readonly openDm: (userId: string) => Promise<string>;
}

/** A button pressed on the Home tab: no channel and no response_url, only the member and the workspace. */
export interface HomeClick {
  readonly triggerId: string | undefined;
  readonly userId: string;
  readonly userName: string | undefined;
  readonly teamId: string;
  readonly value: string;
}

/** What each dashboard button runs, as if typed after `/aws` in the DM. */
const STARTS: Readonly<Record<string, { text: string; said: string }>> = {
  [DASHBOARD_ACTIONS.practice]: { text: 'quiz', said: '✅ Your practice question is waiting in our direct messages.' },
  [DASHBOARD_ACTIONS.exam]: { text: 'exam', said: '✅ Your mock exam has started in our direct messages. Good luck!' },
};

/** The click if it came from the Home tab, else undefined (message buttons have their own path). */
export function homeClick(body: unknown): HomeClick | undefined {
  const b = body as { type?: unknown; view?: { type?: unknown }; user?: { id?: unknown; username?: unknown; name?: unknown; team_id?: unknown }; team?: { id?: unknown } | null; trigger_id?: unknown; actions?: Array<{ value?: unknown }> };
  if (b.type !== 'block_actions' || b.view?.type !== 'home') return undefined;
  const userId = str(b.user?.id);
  const teamId = str(b.team?.id) ?? str(b.user?.team_id);
  if (!userId || !teamId) return undefined;
  return { triggerId: str(b.trigger_id), userId, userName: str(b.user?.username) ?? str(b.user?.name), teamId, value: str(b.actions?.[0]?.value) ?? '' };
}

/** The Home tab: a short note first (what a button just did), then the dashboard. */
export function homeView(reply: Reply, note?: string): types.HomeView {
  const { blocks } = renderReply(reply);
  const noteBlocks: types.KnownBlock[] = note ? [{ type: 'section', text: { type: 'mrkdwn', text: note } }, { type: 'divider' }] : [];
  return { type: 'home', blocks: [...noteBlocks, ...blocks] };
}

/**
 * The bot's Home tab: the member's own dashboard, published fresh each time the tab is opened
 * (app_home_opened → views.publish), with buttons that start practice or a mock exam in the member's
 * DM with the bot, since a Home view has no channel to answer in.
 */
export class SlackHome {
  constructor(private readonly deps: SlackHomeDeps) {}

  register(app: App): void {
    app.event('app_home_opened', async ({ event, body }) => {
      this.deps.afterAck.noteRequest();
      const teamId = str((body as { team_id?: unknown }).team_id);
      // The Messages tab opens this event too; only the Home tab shows the dashboard.
      if (event.tab !== 'home' || !teamId) return;
      void this.deps.afterAck.run(() => this.publish(teamId, event.user).catch((error: unknown) => {
        this.deps.logger.warn({ err: error, user: event.user }, 'slack: the Home tab could not be published');
      }));
    });
  }

  async publish(teamId: string, userId: string, note?: string, name?: string): Promise<void> {
    const actor = await this.deps.actorOf(userId, name);
    const dashboard = await this.deps.bot.dashboard(actor, { platform: 'slack', workspaceId: teamId });
    await callSlack('views.publish', { user: userId }, this.deps.logger, this.deps.policy,
      () => this.deps.client.views.publish({ user_id: userId, view: homeView(dashboard, note) }));
  }

  /** Starts what the button says in the member's DM, then says so on the Home tab. */
  async click(click: HomeClick): Promise<void> {
    const start = STARTS[click.value];
    if (!start) return this.publish(click.teamId, click.userId, 'That button no longer does anything; here is your dashboard as it is now.', click.userName);
    let note = start.said;
    try {
      const place: Place = { platform: 'slack', workspaceId: click.teamId, channelId: await this.deps.openDm(click.userId) };
      const actor = await this.deps.actorOf(click.userId, click.userName);
      const answer = await this.deps.bot.handle({ actor, place, text: start.text });
      // The DM is the member's own conversation: whatever the reply's visibility, it is theirs alone.
      await this.deps.poster.post(place, answer);
    } catch (error) {
      note = `I could not start it in our direct messages: ${explainSlackError(error, 'chat.postMessage').friendly}`;
    }
    await this.publish(click.teamId, click.userId, note, click.userName);
  }
}
