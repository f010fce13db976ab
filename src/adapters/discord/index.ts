import { Events, type Client, type RESTOptions } from 'discord.js';
import type { Config } from '../../config/env.js';
import type { ChannelPoster } from '../../core/channel-poster.js';
import type { Logger, RequestKeys } from '../../core/ports.js';
import type { Platform } from '../../core/request.js';
import type { Studybot } from '../../core/studybot.js';
import { createDiscordClient, type ShardIds } from './client.js';
import { explainDiscordError, loggable } from './discord-errors.js';
import type { DiscordBot } from './handlers.js';
import { renderChart } from '../charts/render-chart.js';
import type { ChartRenderer } from './picture.js';
import { DiscordPoster } from './poster.js';

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
}

export interface RunningDiscord {
  readonly client: Client;
  readonly poster: DiscordPoster;
  stop(): Promise<void>;
}

/**
 * Logs in with explicit settings, waits until the gateway is ready, registers the DiscordPoster for
 * the daily question and starts answering interactions. Rejects with a clear message (and leaves
 * nothing running) if Discord refuses the token or cannot be reached.
 */
export async function startDiscordClient(opts: DiscordStartOptions): Promise<RunningDiscord> {
  const { logger } = opts;
  const client = createDiscordClient({
    bot: opts.bot, logger,
    ...(opts.apiUrl ? { apiUrl: opts.apiUrl } : {}),
    ...(opts.rest ? { rest: opts.rest } : {}),
    ...(opts.deferAfterMs !== undefined ? { deferAfterMs: opts.deferAfterMs } : {}),
    ...(opts.shards ? { shards: opts.shards } : {}),
    ...(opts.requestKeys ? { requestKeys: opts.requestKeys } : {}),
    ...(opts.renderChart ? { renderChart: opts.renderChart } : {}),
  });
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    timer = setTimeout(() => reject(new Error('the gateway did not become ready in time')), opts.readyTimeoutMs ?? 30_000);
  });
  try {
    await Promise.all([client.login(opts.token), ready]);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    const problem = explainDiscordError(error, 'login');
    const reason = /TokenInvalid|invalid token/i.test(String((error as { code?: unknown })?.code ?? '') + String((error as Error)?.message ?? ''))
      ? 'Discord did not accept DISCORD_TOKEN. Reset the bot token in the Developer Portal and update the setting.'
      : problem.friendly;
    logger.error({ err: loggable(error) }, 'discord: could not start');
    throw new Error(`Discord front end could not start: ${reason}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }

  const appId = client.application?.id;
  if (opts.appId && appId && opts.appId !== appId) {
    logger.warn({ configured: opts.appId, actual: appId }, 'discord: DISCORD_APP_ID is not the application of DISCORD_TOKEN; deploy the commands with matching values');
  }
  const poster = new DiscordPoster(client.rest, logger, opts.renderChart ?? renderChart);
  opts.posters.set('discord', poster);
  logger.info({ user: client.user?.id, application: appId, ...(opts.shards ? { shards: opts.shards.ids, of: opts.shards.count } : {}) }, 'discord front end ready');

  let stopped = false;
  return {
    client,
    poster,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (opts.posters.get('discord') === poster) opts.posters.delete('discord');
      await client.destroy();
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
export async function startDiscord(opts: { bot: Studybot; config: Config; logger: Logger; posters: Map<Platform, ChannelPoster>; requestKeys?: RequestKeys }): Promise<{ stop(): Promise<void> }> {
  const { config } = opts;
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set');
  if (config.DISCORD_SHARDS !== undefined) {
    const { startShardedDiscord } = await import('./sharding.js');
    const sharded = await startShardedDiscord({
      token: config.DISCORD_TOKEN, shards: config.DISCORD_SHARDS, logger: opts.logger, posters: opts.posters,
      ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
    });
    return { stop: () => sharded.stop() };
  }
  const running = await startDiscordClient({
    bot: opts.bot, logger: opts.logger, posters: opts.posters, token: config.DISCORD_TOKEN,
    ...(opts.requestKeys ? { requestKeys: opts.requestKeys } : {}),
    ...(config.DISCORD_APP_ID ? { appId: config.DISCORD_APP_ID } : {}),
    ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
  });
  return { stop: () => running.stop() };
}
