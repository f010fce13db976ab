import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type webApi } from '@slack/bolt';
import type { Config } from '../../config/env.js';
import type { ChannelPoster } from '../../core/channel-poster.js';
import type { Logger, RequestKeys } from '../../core/ports.js';
import type { Platform } from '../../core/request.js';
import type { Studybot } from '../../core/studybot.js';
import { AdminCheck } from './admin.js';
import { AfterAck } from './after-ack.js';
import { renderChart } from '../charts/render-chart.js';
import { registerSlackHandlers } from './app.js';
import { boltLogger } from './bolt-logger.js';
import type { ChartRenderer } from './chart-delivery.js';
import { SlackChartUploader } from './chart-upload.js';
import { defaultRetryPolicy, SlackPoster, type RetryPolicy } from './poster.js';
import { ResponseUrlClient } from './response-url.js';
import { SeenRequests } from './seen.js';
import { explainSlackError } from './slack-errors.js';
import { DEFAULT_INTAKE_LIMITS, guardSlackIntake, type IntakeLimits } from './intake-guard.js';

export type SlackMode =
  | { readonly kind: 'http'; readonly signingSecret: string; readonly port: number; readonly host?: string }
  | { readonly kind: 'socket'; readonly appToken: string };

export interface SlackAppOptions {
  readonly bot: Studybot;
  readonly logger: Logger;
  readonly posters: Map<Platform, ChannelPoster>;
  readonly botToken: string;
  readonly mode: SlackMode;
  readonly adminIds?: readonly string[];
  /** The request ledger every instance shares (the store's), so a retry that lands elsewhere is dropped too. */
  readonly requestKeys?: RequestKeys;
  /** Web API base URL (default Slack's own); tests point it at a fake. */
  readonly apiUrl?: string;
  /** Web API client retries for network errors and 5xx (not 429s: those follow `retryPolicy`). */
  readonly clientRetries?: number;
  readonly retryPolicy?: RetryPolicy;
  /** Draws chart pictures (default: Chart.js on skia); tests may swap it for a failing one. */
  readonly renderChart?: ChartRenderer;
  /** HTTP mode: what the intake guard lets through to bolt (tests use small limits). */
  readonly intakeLimits?: IntakeLimits;
}

export interface RunningSlack {
  readonly app: App;
  readonly poster: SlackPoster;
  /** The HTTP port actually bound (HTTP mode). */
  readonly port?: number;
  /** Stops taking requests (healthz answers 503, the listener or socket closes); acknowledged work goes on. */
  pause(): Promise<void>;
  /** pause(), then finishes the work already acknowledged. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts the Slack front end with explicit settings: Socket Mode or HTTP, checks the bot token
 * (auth.test), registers the SlackPoster for the daily question, then listens. Rejects with a clear
 * message if Slack refuses the token or the port is taken.
 */
export async function startSlackApp(opts: SlackAppOptions): Promise<RunningSlack> {
  const { logger, mode } = opts;
  const clientOptions: webApi.WebClientOptions = {
    ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl.endsWith('/') ? opts.apiUrl : `${opts.apiUrl}/` } : {}),
    retryConfig: { retries: opts.clientRetries ?? 2, factor: 2, minTimeout: 500, maxTimeout: 4_000 },
    // A 429 comes back to us at once so callSlack can honour Retry-After within bounds instead of the
    // client pausing every call for as long as Slack says.
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  };
  const common = {
    token: opts.botToken,
    logger: boltLogger(logger),
    clientOptions,
    // auth.test runs in init(), where a refused token becomes a clear start-up error instead of an
    // unhandled rejection from the constructor.
    deferInitialization: true,
    convoStore: false as const,
  };
  // processBeforeResponse stays false: the HTTP answer (the ack) goes out before the work is done.
  let stopping = false;
  // A load balancer asks GET /healthz: 200 while this instance takes work, 503 once it is stopping,
  // so new requests go to the other instances while this one finishes what it has.
  const healthz = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req: unknown, res: { writeHead(status: number, headers: Record<string, string>): void; end(body: string): void }) => {
      res.writeHead(stopping ? 503 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ status: stopping ? 'stopping' : 'ok' }));
    },
  };
  const app = mode.kind === 'socket'
    ? new App({ ...common, socketMode: true, appToken: mode.appToken })
    : new App({ ...common, receiver: guardedReceiver(mode.signingSecret, healthz, logger, opts.intakeLimits ?? DEFAULT_INTAKE_LIMITS) });
  try {
    await app.init();
  } catch (error) {
    const problem = explainSlackError(error, 'auth.test');
    const unreachable = problem.code === 'unreachable' || problem.code.startsWith('http_');
    throw new Error(unreachable
      ? `Could not reach Slack at ${clientOptions.slackApiUrl ?? 'https://slack.com/api/'} to check SLACK_BOT_TOKEN (${problem.code}); check the network or SLACK_API_URL.`
      : `Slack did not accept SLACK_BOT_TOKEN (${problem.code}): ${problem.friendly}`, { cause: error });
  }

  const charts = { uploader: new SlackChartUploader(app.client, logger, opts.retryPolicy ?? defaultRetryPolicy), render: opts.renderChart ?? renderChart };
  const poster = new SlackPoster(app.client, logger, opts.retryPolicy ?? defaultRetryPolicy,
    async (channelId, chart) => charts.uploader.upload(channelId, chart, await charts.render(chart)));
  const admins = new AdminCheck({
    configured: opts.adminIds ?? [],
    logger,
    lookup: async (user) => (await app.client.users.info({ user })).user,
  });
  const responses = new ResponseUrlClient();
  const afterAck = new AfterAck((error) => logger.error({ err: error }, 'slack work after ack failed'));
  const home = { client: app.client, policy: opts.retryPolicy ?? defaultRetryPolicy, openDm: (userId: string) => charts.uploader.dmWith(userId) };
  registerSlackHandlers(app, { bot: opts.bot, logger, admins, poster, seen: new SeenRequests({ logger, ...(opts.requestKeys ? { shared: opts.requestKeys } : {}) }), responses, afterAck, charts, home });

  let port: number | undefined;
  try {
    if (mode.kind === 'http') {
      const server = await app.start(mode.host ? { port: mode.port, host: mode.host } : { port: mode.port });
      port = (server.address() as AddressInfo).port;
    } else {
      await app.start();
    }
  } catch (error) {
    responses.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(mode.kind === 'http' ? `Slack front end could not listen on port ${mode.port}: ${reason}` : `Slack Socket Mode could not connect (check SLACK_APP_TOKEN): ${reason}`, { cause: error });
  }
  opts.posters.set('slack', poster);
  logger.info({ mode: mode.kind, ...(port !== undefined ? { port } : {}) }, 'slack front end listening');

  let paused: Promise<void> | undefined;
  let stopped: Promise<void> | undefined;
  const pause = () => {
    paused ??= (async () => {
      stopping = true;
      // No new requests from here. The Web API client stays usable: a daily post in progress still goes out.
      await app.stop();
    })();
    return paused;
  };
  return {
    app,
    poster,
    ...(port !== undefined ? { port } : {}),
    pause,
    stop() {
      stopped ??= (async () => {
        await pause();
        // Work already acknowledged (an answer being recorded and answered) finishes first.
        await afterAck.drain();
        if (opts.posters.get('slack') === poster) opts.posters.delete('slack');
        responses.close();
      })();
      return stopped;
    },
  };
}

/**
 * bolt's HTTP receiver with the intake guard in front of it (see intake-guard.ts). The receiver calls
 * its `requestListener` for every request, so wrapping that one function guards every route.
 */
function guardedReceiver(signingSecret: string, healthz: NonNullable<ConstructorParameters<typeof HTTPReceiver>[0]['customRoutes']>[number], logger: Logger, limits: IntakeLimits): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret, processBeforeResponse: false, customRoutes: [healthz], logger: boltLogger(logger), bodyLimit: limits.maxBodyBytes,
  });
  receiver.requestListener = guardSlackIntake(receiver.requestListener, signingSecret, logger, limits);
  return receiver;
}

/**
 * The entry point main.ts calls when SLACK_BOT_TOKEN is set: Socket Mode when SLACK_APP_TOKEN is set,
 * otherwise HTTP on SLACK_PORT verified with SLACK_SIGNING_SECRET.
 */
export async function startSlack(opts: { bot: Studybot; config: Config; logger: Logger; posters: Map<Platform, ChannelPoster>; requestKeys?: RequestKeys }): Promise<{ pause(): Promise<void>; stop(): Promise<void> }> {
  const { config } = opts;
  if (!config.SLACK_BOT_TOKEN) throw new Error('SLACK_BOT_TOKEN is not set');
  let mode: SlackMode;
  if (config.SLACK_APP_TOKEN) mode = { kind: 'socket', appToken: config.SLACK_APP_TOKEN };
  else if (config.SLACK_SIGNING_SECRET) mode = { kind: 'http', signingSecret: config.SLACK_SIGNING_SECRET, port: config.SLACK_PORT };
  else throw new Error('set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP) next to SLACK_BOT_TOKEN');
  const running = await startSlackApp({
    bot: opts.bot, logger: opts.logger, posters: opts.posters, botToken: config.SLACK_BOT_TOKEN, mode,
    adminIds: config.SLACK_ADMIN_IDS, ...(opts.requestKeys ? { requestKeys: opts.requestKeys } : {}), ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
  });
  return { pause: () => running.pause(), stop: () => running.stop() };
}
