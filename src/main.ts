import { existsSync } from 'node:fs';
import { studyContent } from '../content/index.js';
import { ConsolePoster } from './adapters/console/console-poster.js';
import { runChat, runOnce, type ConsoleIo } from './adapters/console/console-chat.js';
import type { TimeTravelDeps } from './adapters/console/time-travel.js';
import { clockFor } from './adapters/console/travel-clock.js';
import { assemble } from './compose.js';
import { readConfig, type Config } from './config/env.js';
import type { ChannelPoster } from './core/channel-poster.js';
import type { Logger, RequestKeys } from './core/ports.js';
import type { Platform } from './core/request.js';
import type { Studybot } from './core/studybot.js';
import { createLogger } from './logger.js';
import { openStores } from './store/open-stores.js';

interface FrontEnd {
  stop(): Promise<void>;
}

/** Composition root: builds the store, core and scheduler, then starts the front ends. */
async function main(argv: readonly string[]): Promise<number> {
  // A .env next to package.json is read if present; variables already in the environment win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = readConfig(process.env);
  const chatPlatforms = Boolean(config.SLACK_BOT_TOKEN) || Boolean(config.DISCORD_TOKEN);
  // In the console, logs would clutter the chat: warnings only unless asked.
  const logger = createLogger(config.LOG_LEVEL ?? (chatPlatforms ? 'info' : 'warn'));
  process.on('unhandledRejection', (error) => logger.error({ err: error }, 'unhandled rejection (kept running)'));

  const content = studyContent();
  const stores = await openStores(config, logger);
  // One registry of posters, shared by the daily service and the front ends that fill it.
  const posters = new Map<Platform, ChannelPoster>();
  // Only the console may travel in time; with a token the clock is the real one and nothing can move it.
  const { clock, travel } = clockFor(chatPlatforms);
  const app = assemble({ content, stores, logger, clock, posters, defaultTimeZone: config.DEFAULT_TIMEZONE });

  try {
    if (chatPlatforms) {
      const frontEnds = await startChatPlatforms(app.bot, config, logger, posters, stores.requests);
      await app.scheduler.start();
      logger.info({ frontEnds: [...posters.keys()] }, 'studybot is running');
      await untilStopSignal();
      for (const frontEnd of frontEnds) await frontEnd.stop();
      return 0;
    }
    const consolePoster = new ConsolePoster();
    posters.set('console', consolePoster);
    const io: ConsoleIo = { input: process.stdin, output: process.stdout, env: process.env };
    const time: TimeTravelDeps | undefined = travel && { clock: travel, timeZone: config.DEFAULT_TIMEZONE, tickAll: app.tickAll, nextDueAfter: app.nextDueAfter, logger };
    const oneShot = argv.join(' ').trim();
    if (oneShot.length > 0) {
      await runOnce(app.bot, oneShot, io, consolePoster, time);
      return 0;
    }
    // The schedule runs while an interactive console is open; piped input should finish and exit
    // (there, `/time` runs whatever falls due on the way).
    if (process.stdin.isTTY) await app.scheduler.start();
    await runChat(app.bot, io, consolePoster, time);
    return 0;
  } finally {
    await app.scheduler.stop();
    await stores.close();
  }
}

/** Slack and Discord load only when their tokens are set, so the console starts fast. */
async function startChatPlatforms(bot: Studybot, config: Config, logger: Logger, posters: Map<Platform, ChannelPoster>, requests: RequestKeys): Promise<FrontEnd[]> {
  const started: FrontEnd[] = [];
  try {
    if (config.SLACK_BOT_TOKEN) {
      const { startSlack } = await import('./adapters/slack/index.js');
      started.push(await startSlack({ bot, config, logger, posters, requestKeys: requests }));
    }
    if (config.DISCORD_TOKEN) {
      const { startDiscord } = await import('./adapters/discord/index.js');
      started.push(await startDiscord({ bot, config, logger, posters, requestKeys: requests }));
    }
    return started;
  } catch (error) {
    // Never a half-working bot: if one front end cannot start, the other stops too.
    for (const frontEnd of started) await frontEnd.stop().catch(() => undefined);
    throw error;
  }
}

function untilStopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    // Start-up failures (bad config, broken content, unusable database) get one clear line.
    process.stderr.write(`studybot could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
