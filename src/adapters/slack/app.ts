import type { App } from '@slack/bolt';
import { ONLY_AWS } from '../shared/replies.js';
import { homeClick, SlackHome } from './home.js';
import { CHOICE_ACTION, SHARE_ACTION } from './render.js';
import { onChoice } from './handlers/choice.js';
import { COMMAND, onCommand } from './handlers/command.js';
import type { SlackHandlerDeps } from './handlers/deps.js';
import { handlerKit } from './handlers/kit.js';
import { onShare } from './handlers/share.js';
import { onStale } from './handlers/stale.js';
import { ackUnhandled } from './handlers/unhandled.js';

export { COMMAND } from './handlers/command.js';
export type { SlackHandlerDeps } from './handlers/deps.js';

/** Matches any command name or action_id; the listeners below dispatch themselves. */
const ANY = /(?:)/;

/**
 * Wires `/aws`, the buttons and the Home tab into bolt. Every listener acknowledges first (Slack allows
 * 3 s), then queues the work (handlers/), which answers through the response_url. Repeats of one
 * request (Slack retries, redeliveries) are dropped by trigger_id; two real clicks both reach the
 * core, which counts one.
 */
export function registerSlackHandlers(app: App, deps: SlackHandlerDeps): void {
  const kit = handlerKit(deps);
  // The Home tab needs no admin rights: its members are who they say, without a users.info call.
  const home = new SlackHome({ ...deps.home, bot: deps.bot, logger: deps.logger, poster: deps.poster, afterAck: deps.afterAck, actorOf: async (id, name) => kit.member(id, name) });
  home.register(app);
  ackUnhandled(app, deps.logger);

  // One listener per kind of request, dispatching itself: bolt runs every listener's middleware for
  // every request before any ack, so each extra listener is a cost on the ack path.
  app.command(ANY, async ({ command, ack, context }) => {
    deps.afterAck.noteRequest();
    if (command.command !== COMMAND) {
      // Anything else is a foreign command: answer kindly, change nothing.
      await ack({ response_type: 'ephemeral', text: ONLY_AWS });
      return;
    }
    await ack();
    void onCommand(kit, command, context.retryNum);
  });

  // bolt passes only block actions with an action_id to an action_id pattern.
  app.action({ action_id: ANY }, async ({ body, payload, ack, context }) => {
    deps.afterAck.noteRequest();
    await ack();
    const actionId = 'action_id' in payload && typeof payload.action_id === 'string' ? payload.action_id : '';
    const fromHome = homeClick(body);
    // A Home tab button has no channel and no response_url: it is answered in the DM and on the tab.
    if (fromHome) void kit.guarded('home', fromHome.triggerId, context.retryNum, undefined, () => home.click(fromHome));
    else if (CHOICE_ACTION.test(actionId)) void onChoice(kit, body, context.retryNum);
    else if (actionId === SHARE_ACTION) void onShare(kit, body, context.retryNum);
    else void onStale(kit, body);
  });

  app.error(async (error) => {
    deps.logger.error({ err: error, code: error.code }, 'slack listener error');
  });
}
