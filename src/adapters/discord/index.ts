import { Events, type Client, type RESTOptions } from 'discord.js';
import type { Config } from '../../config/env.js';
import type { ChannelPoster } from '../../core/channel-poster.js';
import type { Logger, RequestKeys } from '../../core/ports.js';
import type { Platform } from '../../core/request.js';
import type { Studybot } from '../../core/studybot.js';
import { InFlight } from '../in-flight.js';
import { createDiscordClient, type ShardIds } from './client.js';
import { explainDiscordError, loggable } from './discord-errors.js';
import type { DiscordBot } from './handlers.js';
import { renderChart } from '../charts/render-chart.js';
import type { ChartRenderer } from './picture.js';
import { DiscordPoster } from './poster.js';
import { settlesWithin } from '../shared/settles-within.js';

export interface DiscordStartOptions {
  readonly bot: DiscordBot;
  readonly logger: Logger;
  readonly posters: Map<Platform, ChannelPoster>;
  readonly token: string;
  /** DISCORD_APP_ID; a mismatch with the token's application is logged (commands would not match). */
  readonly appId?: string;
  /** REST base URL (default Discord's own); tests point it, and through it the gateway, at a fake. */
  readonly apiUrl?: string;
  readonly rest?: Partial<RESTOptions>;
  readonly deferAfterMs?: number;
  /** How long to wait for the gateway's READY (default 30 s). */
  readonly readyTimeoutMs?: number;
  /** A shard process's shard ids (src/discord-shard.ts); default every shard, in this process. */
  readonly shards?: ShardIds;
  readonly requestKeys?: RequestKeys;
  /** Draws chart pictures (default: Chart.js on skia); tests may swap it for a failing one. */
  readonly renderChart?: ChartRenderer;
  /** Aborting it while the gateway is still connecting ends the start (it rejects, nothing left running). */
  readonly signal?: AbortSignal;
  /** Called when the gateway is reachable again after an outage (main.ts: a scheduler catch-up). */
  readonly onReconnected?: () => void;
  /** How long client.destroy() may take at stop (default 3 s); a client stuck reconnecting is left behind. */
  readonly destroyTimeoutMs?: number;
}

export interface RunningDiscord {
  readonly client: Client;
  readonly poster: DiscordPoster;
  /** Stops taking interactions; daily posts still go out (the scheduler may be finishing one). */
  pause(): Promise<void>;
  /** pause(), finishes the interactions in progress, then closes the gateway (bounded). Idempotent. */
  stop(): Promise<void>;
}

/** A front end main.ts can stop in two steps (see src/shutdown.ts). */
export interface StoppableFrontEnd {
  pause(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Logs in with explicit settings, waits until the gateway is ready, registers the DiscordPoster for
 * the daily question and starts answering interactions. Rejects with a clear message (and leaves
 * nothing running) if Discord refuses the token or cannot be reached.
 */
export async function startDiscordClient(opts: DiscordStartOptions): Promise<RunningDiscord> {
  const { logger } = opts;
  const inFlight = new InFlight();
  let poster: DiscordPoster | undefined;
  let stopped = false;
  // While the gateway is unreachable the daily scheduler leaves Discord channels alone (no claims, no
  // failed tries that count toward giving up); when it is back, it catches up, posting each question once.
  const onReachable = (reachable: boolean) => {
    if (!poster || stopped) return;
    if (!reachable) {
      if (opts.posters.get('discord') === poster) opts.posters.delete('discord');
      return;
    }
    opts.posters.set('discord', poster);
    opts.onReconnected?.();
  };
  const client = createDiscordClient({
    inFlight, backoff: { onReachable },
    bot: opts.bot, logger,
    ...(opts.apiUrl ? { apiUrl: opts.apiUrl } : {}),
    ...(opts.rest ? { rest: opts.rest } : {}),
    ...(opts.deferAfterMs !== undefined ? { deferAfterMs: opts.deferAfterMs } : {}),
    ...(opts.shards ? { shards: opts.shards } : {}),
    ...(opts.requestKeys ? { requestKeys: opts.requestKeys } : {}),
    ...(opts.renderChart ? { renderChart: opts.renderChart } : {}),
  });
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    timer = setTimeout(() => reject(new Error('the gateway did not become ready in time')), opts.readyTimeoutMs ?? 30_000);
    onAbort = () => reject(new Error('it was stopped while connecting'));
    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.all([client.login(opts.token), ready]);
  } catch (error) {
    await settlesWithin(client.destroy(), opts.destroyTimeoutMs ?? 3_000);
    const problem = explainDiscordError(error, 'login');
    const reason = /TokenInvalid|invalid token/i.test(String((error as { code?: unknown })?.code ?? '') + String((error as Error)?.message ?? ''))
      ? 'Discord did not accept DISCORD_TOKEN. Reset the bot token in the Developer Portal and update the setting.'
      : problem.friendly;
    logger.error({ err: loggable(error) }, 'discord: could not start');
    throw new Error(`Discord front end could not start: ${reason}`, { cause: error });
  } finally {
    clearTimeout(timer);
    if (onAbort) opts.signal?.removeEventListener('abort', onAbort);
  }

  const appId = client.application?.id;
  if (opts.appId && appId && opts.appId !== appId) {
    logger.warn({ configured: opts.appId, actual: appId }, 'discord: DISCORD_APP_ID is not the application of DISCORD_TOKEN; deploy the commands with matching values');
  }
  poster = new DiscordPoster(client.rest, logger, opts.renderChart ?? renderChart);
  opts.posters.set('discord', poster);
  logger.info({ user: client.user?.id, application: appId, ...(opts.shards ? { shards: opts.shards.ids, of: opts.shards.count } : {}) }, 'discord front end ready');

  const running = poster;
  let stopping: Promise<void> | undefined;
  return {
    client,
    poster,
    async pause() {
      inFlight.close();
    },
    stop() {
      stopping ??= (async () => {
        inFlight.close();
        await inFlight.drain();
        stopped = true;
        if (opts.posters.get('discord') === running) opts.posters.delete('discord');
        // destroy() also drops the REST token, so it comes after the work that still posts. A shard stuck
        // mid-reconnect must not hold the exit: the strategy cancels its backoff, and this bounds the rest.
        if (!(await settlesWithin(client.destroy(), opts.destroyTimeoutMs ?? 3_000))) logger.warn({}, 'discord: client did not close in time; going on');
      })();
      return stopping;
    },
  };
}


/**
 * The entry point main.ts calls when DISCORD_TOKEN is set. Commands are not registered here (Discord
 * limits how often they may be created): `npm run discord:deploy` does that once.
 *
 * With DISCORD_SHARDS set, this process runs no gateway client: it starts discord.js's ShardingManager,
 * whose shard processes (src/discord-shard.ts) each serve their servers, and keeps a REST poster for
 * its own scheduler (see sharding.ts). `bot` is then unused here; the shards build their own.
 */
export async function startDiscord(opts: {
  bot: Studybot; config: Config; logger: Logger; posters: Map<Platform, ChannelPoster>; requestKeys?: RequestKeys; signal?: AbortSignal; onReconnected?: () => void;
}): Promise<StoppableFrontEnd> {
  const { config } = opts;
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set');
  if (config.DISCORD_SHARDS !== undefined) {
    const { startShardedDiscord } = await import('./sharding.js');
    const sharded = await startShardedDiscord({
      token: config.DISCORD_TOKEN, shards: config.DISCORD_SHARDS, logger: opts.logger, posters: opts.posters,
      ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    // The shard processes stop themselves on the same signal (stopOnSignals); pause has nothing of its own.
    return { pause: async () => undefined, stop: () => sharded.stop() };
  }
  const running = await startDiscordClient({
    bot: opts.bot, logger: opts.logger, posters: opts.posters, token: config.DISCORD_TOKEN,
    ...(opts.requestKeys ? { requestKeys: opts.requestKeys } : {}),
    ...(config.DISCORD_APP_ID ? { appId: config.DISCORD_APP_ID } : {}),
    ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onReconnected ? { onReconnected: opts.onReconnected } : {}),
  });
  return { pause: () => running.pause(), stop: () => running.stop() };
}
