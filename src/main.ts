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
import { listenForStopSignals, runShutdown, type ShutdownStep } from './shutdown.js';
import { openStores } from './store/open-stores.js';

/** A started front end: pause() stops its intake, stop() finishes its work and closes it. */
interface FrontEnd {
  readonly name: Platform;
  pause(): Promise<void>;
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
  // From the start: a signal while still connecting stops the start-up too, within the same deadline.
  const stop = listenForStopSignals({ source: process, logger, exit: (code) => process.exit(code) });
  const stopRequested = new Promise<void>((resolve) => {
    if (stop.signal.aborted) resolve();
    stop.signal.addEventListener('abort', () => resolve(), { once: true });
  });

  const content = studyContent();
  const stores = await openStores(config, logger);
  // One registry of posters, shared by the daily service and the front ends that fill it.
  const posters = new Map<Platform, ChannelPoster>();
  // Only the console may travel in time; with a token the clock is the real one and nothing can move it.
  const { clock, travel } = clockFor(chatPlatforms);
  const app = assemble({ content, stores, logger, clock, posters, defaultTimeZone: config.DEFAULT_TIMEZONE });
  const shutdown = (work: ShutdownStep[], frontEnds: readonly FrontEnd[]) => runShutdown([
    // What is still starting or running its course (a chat line, a start-up being cut short).
    work,
    // No new work anywhere; the tick in progress finishes, with the front ends still able to post.
    [{ name: 'scheduler', run: () => app.scheduler.stop() }, ...frontEnds.map((f) => ({ name: `${f.name} intake`, run: () => f.pause() }))],
    // Acknowledged requests finish; then each front end closes, bounded inside (a stuck Discord client is left behind).
    () => frontEnds.map((f) => ({ name: f.name, run: () => f.stop() })),
    [{ name: 'store', run: () => stores.close() }],
  ], { deadlineMs: config.SHUTDOWN_TIMEOUT_MS, logger });

  if (chatPlatforms) {
    const frontEnds: FrontEnd[] = [];
    const startup = (async () => {
      frontEnds.push(...await startChatPlatforms(app.bot, config, logger, posters, stores.requests, {
        signal: stop.signal,
        // Back from a gateway outage: catch up now rather than at the next minute's sweep.
        onReconnected: () => { if (!stop.signal.aborted) void app.scheduler.tick('reconnected'); },
      }));
      await app.scheduler.start();
      logger.info({ frontEnds: [...posters.keys()] }, 'studybot is running');
    })();
    const first = await Promise.race([startup.then(() => 'running' as const), stopRequested.then(() => 'stop' as const)]).catch((error: unknown) => error);
    if (first === 'running') await stopRequested;
    else if (first !== 'stop') {
      // The start failed on its own (bad token, port taken): close what was opened, then say why.
      await shutdown([], frontEnds);
      throw first;
    }
    const result = await shutdown([{ name: 'start-up', run: () => startup.catch(() => undefined) }], frontEnds);
    logger.info({ ok: result.ok, tookMs: result.tookMs }, 'studybot stopped');
    return result.ok ? 0 : 1;
  }

  const consolePoster = new ConsolePoster();
  posters.set('console', consolePoster);
  const io: ConsoleIo = { input: process.stdin, output: process.stdout, env: process.env };
  const time: TimeTravelDeps | undefined = travel && { clock: travel, timeZone: config.DEFAULT_TIMEZONE, tickAll: app.tickAll, nextDueAfter: app.nextDueAfter, logger };
  const oneShot = argv.join(' ').trim();
  let chat: Promise<void>;
  if (oneShot.length > 0) chat = runOnce(app.bot, oneShot, io, consolePoster, time);
  else {
    // The schedule runs while an interactive console is open; piped input should finish and exit
    // (there, `/time` runs whatever falls due on the way).
    if (process.stdin.isTTY) await app.scheduler.start();
    chat = runChat(app.bot, io, consolePoster, time, stop.signal);
  }
  const chatError = await Promise.race([chat.then(() => undefined), stopRequested]).then(() => undefined, (error: unknown) => error);
  const result = await shutdown([{ name: 'console', run: () => chat.catch(() => undefined) }], []);
  if (chatError !== undefined) throw chatError;
  return result.ok ? 0 : 1;
}

/** Slack and Discord load only when their tokens are set, so the console starts fast. */
async function startChatPlatforms(
  bot: Studybot, config: Config, logger: Logger, posters: Map<Platform, ChannelPoster>, requests: RequestKeys,
  discordHooks: { signal: AbortSignal; onReconnected: () => void },
): Promise<FrontEnd[]> {
  const started: FrontEnd[] = [];
  try {
    if (config.SLACK_BOT_TOKEN) {
      const { startSlack } = await import('./adapters/slack/index.js');
      started.push({ name: 'slack', ...await startSlack({ bot, config, logger, posters, requestKeys: requests }) });
    }
    if (config.DISCORD_TOKEN) {
      discordHooks.signal.throwIfAborted();
      const { startDiscord } = await import('./adapters/discord/index.js');
      started.push({ name: 'discord', ...await startDiscord({ bot, config, logger, posters, requestKeys: requests, ...discordHooks }) });
    }
    return started;
  } catch (error) {
    // Never a half-working bot: if one front end cannot start, the other stops too.
    for (const frontEnd of started) await frontEnd.stop().catch(() => undefined);
    throw error;
  }
}

/**
 * Exits as soon as main is done, with its code: a library timer or socket left behind (a Slack socket's
 * close timer, a stdin still open after a signal) must not keep a stopped bot alive.
 */
function end(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 50).unref();
}

main(process.argv.slice(2)).then(
  (code) => end(code),
  (error: unknown) => {
    // Start-up failures (bad config, broken content, unusable database) get one clear line.
    process.stderr.write(`studybot could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    end(1);
  },
);
