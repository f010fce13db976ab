import type { App } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';
import { reply as makeReply, userMistake, type Reply } from '../../core/reply.js';
import type { Actor } from '../../core/request.js';
import type { Studybot } from '../../core/studybot.js';
import { quoteUserText } from '../../core/text.js';
import type { AdminCheck } from './admin.js';
import type { AfterAck } from './after-ack.js';
import { deliverChart, type ChartDeliveryDeps } from './chart-delivery.js';
import { homeClick, SlackHome, type SlackHomeDeps } from './home.js';
import { buttonClick, commandPlace, str } from './payloads.js';
import type { SlackPoster } from './poster.js';
import type { ResponseUrlClient } from './response-url.js';
import { CHOICE_ACTION, renderReply, SHARE_ACTION } from './render.js';
import type { SeenRequests } from './seen.js';
import { explainSlackError } from './slack-errors.js';

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

export const COMMAND = '/aws';
/** Matches any command name or action_id; the listeners below dispatch themselves. */
const ANY = /(?:)/;
const SORRY = 'Sorry, something went wrong on my side. It has been logged; please try again in a moment.';
const NOWHERE = 'I could not tell which workspace and channel this came from. Try `/aws` again from a channel.';

/** Share button values: `t:<text after /aws>` re-runs the command, `a:<choice id>` re-runs the pick. */
const shareText = (text: string) => `t:${text}`;
const shareAction = (actionId: string) => `a:${actionId}`;

/** Private replies, and lookups offered for sharing, go only to the member who asked. */
const isEphemeral = (reply: Reply) => reply.visibility === 'private' || reply.shareable === true;

/**
 * Wires `/aws` and the buttons into bolt. Every listener acknowledges first (Slack allows 3 s), then
 * does the work and answers through the response_url. Repeats of one request (Slack retries,
 * redeliveries) are dropped by trigger_id; two real clicks both reach the core, which counts one.
 */
export function registerSlackHandlers(app: App, deps: SlackHandlerDeps): void {
  const { bot, logger, admins, seen, afterAck } = deps;
  const send = (url: string | undefined, reply: Reply, how: SendHow = {}) => sendReply(deps, url, reply, how);

  const actorOf = async (id: string, name: string | undefined): Promise<Actor> => ({ id, name: name || id, isAdmin: await admins.isAdmin(id) });
  const home = new SlackHome({ ...deps.home, bot, logger, poster: deps.poster, afterAck, actorOf });
  home.register(app);

  /**
   * Queues the work for after the ack. Drops repeats, and turns anything thrown into a log line and a
   * short apology. Listeners do not wait for it: bolt's per-request state is let go at once.
   */
  const guarded = (kind: string, key: string | undefined, retryNum: number | undefined, responseUrl: string | undefined, work: () => Promise<void>) => afterAck.run(async () => {
    if (key ? !(await seen.firstTime(`${kind}:${key}`)) : (retryNum ?? 0) > 0) {
      logger.info({ kind, retryNum }, 'slack repeat of a handled request ignored');
      return;
    }
    try {
      await work();
    } catch (error) {
      logger.error({ kind, err: error }, 'slack request failed');
      await send(responseUrl, makeReply({ text: SORRY, tone: 'error', visibility: 'private' }));
    }
  });

  // Requests no listener takes (an action without a string action_id, a block_suggestion) would wait
  // unanswered until bolt gives up; they are acknowledged at once and otherwise ignored.
  app.use(async (args) => {
    const body = args.body as Record<string, unknown>;
    const payload = args.payload as { action_id?: unknown } | undefined;
    const taken = 'command' in body
      || (body.type === 'block_actions' && typeof payload === 'object' && payload !== null && typeof payload.action_id === 'string');
    if (!taken && 'ack' in args && typeof args.ack === 'function') {
      logger.info({ type: typeof body.type === 'string' ? body.type : 'unknown' }, 'slack request with nothing to do acknowledged');
      await (args.ack as () => Promise<void>)();
      return;
    }
    await args.next();
  });

  // One listener per kind of request, dispatching itself: bolt runs every listener's middleware for
  // every request before any ack, so each extra listener is a cost on the ack path.
  app.command(ANY, async ({ command, ack, context }) => {
    afterAck.noteRequest();
    if (command.command !== COMMAND) {
      // Anything else is a foreign command: answer kindly, change nothing.
      await ack({ response_type: 'ephemeral', text: 'I only answer `/aws`. Try `/aws help`.' });
      return;
    }
    await ack();
    const url = command.response_url;
    void guarded('command', command.trigger_id, context.retryNum, url, async () => {
      const place = commandPlace(command);
      const userId = str(command.user_id);
      if (!place || !userId) return send(url, userMistake(NOWHERE));
      const actor = await actorOf(userId, str(command.user_name));
      const text = typeof command.text === 'string' ? command.text : '';
      const answer = await bot.handle({ actor, place, text });
      const chart = answer.chart;
      const sent = chart
        ? await deliverChart({ ...deps.charts, logger }, { ...answer, chart }, { channelId: place.channelId, userId, private: isEphemeral(answer) })
        : answer;
      await send(url, sent, { shareValue: shareText(text) });
    });
  });

  // bolt passes only block actions with an action_id to an action_id pattern, as before.
  app.action({ action_id: ANY }, async ({ body, payload, ack, context }) => {
    afterAck.noteRequest();
    await ack();
    const actionId = 'action_id' in payload && typeof payload.action_id === 'string' ? payload.action_id : '';
    const retryNum = context.retryNum;
    const fromHome = homeClick(body);
    // A Home tab button has no channel and no response_url: it is answered in the DM and on the tab.
    if (fromHome) void guarded('home', fromHome.triggerId, retryNum, undefined, () => home.click(fromHome));
    else if (CHOICE_ACTION.test(actionId)) void choice(body, retryNum);
    else if (actionId === SHARE_ACTION) void share(body, retryNum);
    else void stale(body);
  });

  const choice = (body: unknown, retryNum: number | undefined) => {
    const click = buttonClick(body);
    return guarded('choice', click?.triggerId, retryNum, click?.responseUrl, async () => {
      if (!click?.place) return send(click?.responseUrl, userMistake(NOWHERE));
      const actor = await actorOf(click.userId, click.userName);
      const answer = await bot.handleAction({ actor, place: click.place, actionId: click.value });
      // A pick on a private message (practice question, "did you mean") replaces it, which also closes
      // its buttons; on a channel message the answer arrives as a separate private note.
      const replace = click.ephemeral && isEphemeral(answer) && answer.tone !== 'error' && answer.tone !== 'warning' && !answer.standalone;
      await send(click.responseUrl, answer, { shareValue: shareAction(click.value), replaceOriginal: replace });
    });
  };

  const share = (body: unknown, retryNum: number | undefined) => {
    const click = buttonClick(body);
    return guarded('share', click?.triggerId, retryNum, click?.responseUrl, async () => {
      if (!click?.place) return send(click?.responseUrl, userMistake(NOWHERE));
      const actor = await actorOf(click.userId, click.userName);
      const request = { actor, place: click.place };
      const kind = click.value.slice(0, 2);
      const original = kind === 't:' ? await bot.handle({ ...request, text: click.value.slice(2) })
        : kind === 'a:' ? await bot.handleAction({ ...request, actionId: click.value.slice(2) }) : undefined;
      // Only what the core itself offered for sharing is ever posted in the channel.
      if (!original?.shareable) return send(click.responseUrl, userMistake('That can no longer be shared. Run the command again.'));
      const footer = [original.footer, `Shared by ${quoteUserText(actor.name, 32)}`].filter(Boolean).join('\n');
      try {
        await deps.poster.post(click.place, { ...original, visibility: 'public', footer });
      } catch (error) {
        return send(click.responseUrl, userMistake(explainSlackError(error, 'chat.postMessage').friendly));
      }
      if (click.ephemeral && click.responseUrl) {
        await deps.responses.post(click.responseUrl, { delete_original: true }).catch((error: unknown) => logger.warn({ err: error }, 'could not remove the shared preview'));
      }
    });
  };

  // Anything else is a stale or foreign button: answer kindly, change nothing.
  const stale = (body: unknown) => afterAck.run(async () => {
    const url = typeof body === 'object' && body !== null && 'response_url' in body && typeof body.response_url === 'string' ? body.response_url : undefined;
    await send(url, userMistake('That button no longer does anything. Try the command again.'));
  });

  app.error(async (error) => {
    logger.error({ err: error, code: error.code }, 'slack listener error');
  });
}

interface SendHow {
  readonly shareValue?: string;
  readonly replaceOriginal?: boolean;
}

/** Posts a reply through the response_url; a failure (expired after 30 minutes, …) is only logged. */
async function sendReply(deps: SlackHandlerDeps, url: string | undefined, reply: Reply, how: SendHow): Promise<void> {
  if (!url) {
    deps.logger.warn({}, 'slack request without a response_url; nowhere to answer');
    return;
  }
  const message = renderReply(reply, reply.shareable && how.shareValue ? { shareValue: how.shareValue } : {});
  try {
    await deps.responses.post(url, {
      response_type: isEphemeral(reply) ? 'ephemeral' : 'in_channel',
      replace_original: how.replaceOriginal ?? false,
      text: message.text,
      blocks: message.blocks,
    });
  } catch (error) {
    deps.logger.warn({ err: error }, 'could not answer through the response_url');
  }
}
