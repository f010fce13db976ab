import { studyContent } from '../content/index.js';
import { startDiscordClient } from './adapters/discord/index.js';
import { ownStores, servedBy, shardIdsFromEnv } from './adapters/discord/shard-ownership.js';
import { assemble } from './compose.js';
import { readConfig } from './config/env.js';
import type { ChannelPoster } from './core/channel-poster.js';
import { systemClock, type Logger } from './core/ports.js';
import type { Platform } from './core/request.js';
import { createLogger } from './logger.js';
import { openStores } from './store/open-stores.js';

/** After a stop request the shard has this long to finish; then it exits anyway (the manager kills a little later). */
const STOP_DEADLINE_MS = 5_000;

/**
 * One Discord shard process, forked by discord.js's ShardingManager when DISCORD_SHARDS is set (see
 * src/adapters/discord/sharding.ts); not meant to be started by hand. discord.js puts SHARDS,
 * SHARD_COUNT and DISCORD_TOKEN in its environment; the rest is the manager's configuration (its .env
 * included). It runs the Discord front end for its shard ids with its own store connection and its own
 * scheduler, which ticks only the daily questions of the servers these shards serve. It stops on
 * SIGTERM or SIGINT, or when the manager goes away (its IPC channel closes).
 */
async function shard(): Promise<number> {
  const config = readConfig(process.env);
  const shards = shardIdsFromEnv(process.env);
  if (!config.DISCORD_TOKEN || !shards || !process.send) {
    throw new Error('this is a Discord shard process, started by the bot itself: set DISCORD_SHARDS and run `npm start`');
  }
  const logger = withFields(createLogger(config.LOG_LEVEL ?? 'info'), { shards: shards.ids, pid: process.pid });
  process.on('unhandledRejection', (error) => logger.error({ err: error }, 'unhandled rejection (kept running)'));
  const stopRequested = untilStopRequest(logger);

  const stores = await openStores(config, logger);
  try {
    const posters = new Map<Platform, ChannelPoster>();
    const app = assemble({
      content: studyContent(), stores: ownStores(stores, servedBy(shards)), logger, clock: systemClock, posters, defaultTimeZone: config.DEFAULT_TIMEZONE,
    });
    const discord = await startDiscordClient({
      bot: app.bot, logger, posters, token: config.DISCORD_TOKEN, shards, requestKeys: stores.requests,
      ...(config.DISCORD_APP_ID ? { appId: config.DISCORD_APP_ID } : {}),
      ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
    });
    try {
      await app.scheduler.start();
      logger.info({ of: shards.count }, 'discord shard running');
      await stopRequested;
    } finally {
      await app.scheduler.stop();
      await discord.stop();
    }
  } finally {
    await stores.close();
  }
  logger.info({}, 'discord shard stopped');
  return 0;
}

/** SIGTERM (the manager's stop), SIGINT (Ctrl-C reaches the whole process group) or the manager gone. */
function untilStopRequest(logger: Logger): Promise<string> {
  return new Promise((resolve) => {
    let asked = false;
    const stop = (why: string) => {
      if (asked) return;
      asked = true;
      logger.info({ why }, 'discord shard stopping');
      // A start-up still waiting for the gateway, or a tick stuck on the network, must not keep it alive.
      setTimeout(() => {
        logger.warn({ deadlineMs: STOP_DEADLINE_MS }, 'discord shard did not stop in time; exiting');
        process.exit(1);
      }, STOP_DEADLINE_MS).unref();
      resolve(why);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('disconnect', () => stop('manager gone'));
  });
}

function withFields(logger: Logger, fields: object): Logger {
  return {
    debug: (data, message) => logger.debug({ ...fields, ...data }, message),
    info: (data, message) => logger.info({ ...fields, ...data }, message),
    warn: (data, message) => logger.warn({ ...fields, ...data }, message),
    error: (data, message) => logger.error({ ...fields, ...data }, message),
  };
}

shard().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // One clear line; the manager sees the process end before it was ready and fails its start.
    process.stderr.write(`studybot discord shard ${process.env.SHARDS ?? '?'} could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
