import { renderChart } from '../charts/render-chart.js';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type RESTOptions, type Shard } from 'discord.js';
import type { ChannelPoster } from '../../core/channel-poster.js';
import type { Logger } from '../../core/ports.js';
import type { Platform } from '../../core/request.js';
import { discordRestOptions } from './client.js';
import { explainDiscordError, loggable } from './discord-errors.js';
import { DiscordPoster } from './poster.js';

/** The entry file each shard process runs: src/discord-shard.ts (or .js, when this runs compiled). */
export const SHARD_ENTRY = fileURLToPath(new URL(`../../discord-shard${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

/** Secrets a shard process has no use for: it runs only the Discord front end. */
const NOT_FOR_SHARDS = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'];

/** Discord allows `max_concurrency` identifies per 5 s; discord.js waits 5.5 s between shards when it is 1. */
const IDENTIFY_WINDOW_MS = 5_500;

export interface ShardedDiscordOptions {
  readonly token: string;
  /** DISCORD_SHARDS: 'auto' asks Discord for its recommended count. */
  readonly shards: 'auto' | number;
  readonly logger: Logger;
  /** The manager's own poster (REST, no gateway) goes here, for the manager's scheduler. */
  readonly posters: Map<Platform, ChannelPoster>;
  /** DISCORD_API_URL: REST base without the version (tests: the fake). The shards read it from their environment. */
  readonly apiUrl?: string;
  readonly rest?: Partial<RESTOptions>;
  /** The file each shard process runs (default SHARD_ENTRY). */
  readonly file?: string;
  /** Added to every shard process's environment (tests: database path, log level). */
  readonly env?: Readonly<Record<string, string>>;
  /** Pause between starting two shards (default from Discord's max_concurrency: 5.5 s when it is 1). */
  readonly spawnDelayMs?: number;
  /** How long one shard may take to become ready (default 30 s, as discord.js). */
  readonly readyTimeoutMs?: number;
  /** How long a shard may take to stop after SIGTERM before it is killed (default 7 s). */
  readonly stopTimeoutMs?: number;
  /** First pause before a shard that died is started again; doubles up to a minute while it keeps dying. */
  readonly respawnDelayMs?: number;
  /** SIGINT/SIGTERM to this process stop the shards at once (default true), so none is respawned meanwhile. */
  readonly stopOnSignals?: boolean;
  /** Another way to ask for the stop, e.g. while still starting (the start then fails). */
  readonly signal?: AbortSignal;
}

export interface RunningShards {
  readonly manager: ShardingManager;
  readonly totalShards: number;
  /** The live shard processes' ids, by shard id. */
  pids(): Map<number, number>;
  /** Stops every shard process (SIGTERM, then SIGKILL after stopTimeoutMs); never respawns one after. Idempotent. */
  stop(): Promise<void>;
}

/**
 * DISCORD_SHARDS mode, in the bot's main process: discord.js's ShardingManager (mode 'process') forks
 * one process per shard, each running src/discord-shard.ts (its own Discord client for its shard ids,
 * its own store connection and scheduler). This process runs no gateway client: it keeps a REST-only
 * DiscordPoster so that its own scheduler (main.ts starts it for every front end) can post daily
 * questions to any Discord channel, as REST works from any process for any channel.
 *
 * The token reaches the shards in their environment (discord.js sets DISCORD_TOKEN), never in argv;
 * Slack's secrets are taken out of it. A shard that dies is started again with a growing pause, unless
 * the manager is stopping; a shard that cannot start at first fails the whole start.
 */
export async function startShardedDiscord(opts: ShardedDiscordOptions): Promise<RunningShards> {
  const { logger } = opts;
  const rest = new REST(discordRestOptions(logger, opts.apiUrl, opts.rest)).setToken(opts.token);
  const endRest = () => { rest.clearHashSweeper(); rest.clearHandlerSweeper(); };

  let gateway: RESTGetAPIGatewayBotResult;
  try {
    gateway = await rest.get(Routes.gatewayBot()) as RESTGetAPIGatewayBotResult;
  } catch (error) {
    endRest();
    logger.error({ err: loggable(error) }, 'discord: could not read the gateway information');
    throw new Error(`Discord front end could not start: ${explainDiscordError(error, 'gateway information').friendly}`, { cause: error });
  }
  const recommended = Math.max(1, gateway.shards);
  const total = opts.shards === 'auto' ? recommended : opts.shards;
  const maxConcurrency = Math.max(1, gateway.session_start_limit.max_concurrency);
  if (total < recommended) logger.warn({ shards: total, recommended }, 'discord: DISCORD_SHARDS is below the count Discord recommends; Discord refuses shards with too many servers');
  if (gateway.session_start_limit.remaining < total) {
    logger.warn({ shards: total, remaining: gateway.session_start_limit.remaining, resetAfterMs: gateway.session_start_limit.reset_after }, 'discord: fewer gateway sessions left today than shards to start');
  }
  const delay = opts.spawnDelayMs ?? identifyDelay(maxConcurrency);
  const readyTimeoutMs = opts.readyTimeoutMs ?? 30_000;
  const stopTimeoutMs = opts.stopTimeoutMs ?? 7_000;
  const firstRespawnMs = opts.respawnDelayMs ?? 1_000;
  const file = opts.file ?? SHARD_ENTRY;
  if (!existsSync(file)) {
    endRest();
    throw new Error(`Discord front end could not start: the shard entry ${file} is missing`);
  }

  const manager = createManager(file, opts.token, total);
  const stopping = new AbortController();
  const respawns = new Set<NodeJS.Timeout>();
  const spawnedAt = new Map<number, number>();
  const everReady = new Set<number>();
  const failures = new Map<number, number>();

  manager.on('shardCreate', (shard) => {
    const env = shard.env as Record<string, unknown>;
    for (const name of NOT_FOR_SHARDS) delete env[name];
    // discord.js sets this in our own environment only (which createManager restores), not the shard's.
    Object.assign(env, { SHARDING_MANAGER_MODE: 'process' }, opts.env);
    shard.on('spawn', (child) => {
      spawnedAt.set(shard.id, Date.now());
      logger.info({ shard: shard.id, pid: (child as ChildProcess).pid }, 'discord: shard process started');
    });
    shard.on('ready', () => {
      everReady.add(shard.id);
      logger.info({ shard: shard.id, shards: total }, 'discord: shard ready');
    });
    // A shard that is being stopped closes its gateway connection: not news then.
    shard.on('disconnect', () => { if (!stopping.signal.aborted) logger.warn({ shard: shard.id }, 'discord: shard disconnected from the gateway'); });
    shard.on('reconnecting', () => { if (!stopping.signal.aborted) logger.info({ shard: shard.id }, 'discord: shard reconnecting'); });
    shard.on('error', (error) => logger.error({ shard: shard.id, err: loggable(error) }, 'discord: shard error'));
    shard.on('death', (child) => {
      if (stopping.signal.aborted) return;
      const { exitCode, signalCode } = child as ChildProcess;
      if (!everReady.has(shard.id)) {
        logger.error({ shard: shard.id, code: exitCode, signal: signalCode }, 'discord: shard process ended before it was ready');
        return; // a first start that fails fails the whole start (below)
      }
      const lived = Date.now() - (spawnedAt.get(shard.id) ?? 0);
      const tries = lived >= 60_000 ? 0 : (failures.get(shard.id) ?? 0);
      failures.set(shard.id, tries + 1);
      const wait = Math.min(60_000, firstRespawnMs * 2 ** tries);
      logger.warn({ shard: shard.id, code: exitCode, signal: signalCode, respawnInMs: wait }, 'discord: shard process ended; starting it again');
      const timer = setTimeout(() => {
        respawns.delete(timer);
        if (stopping.signal.aborted) return;
        shard.spawn(readyTimeoutMs).catch((error: unknown) => {
          // A shard that dies again is respawned by its next death; one that hangs ends at its own ready timeout.
          logger.warn({ shard: shard.id, err: loggable(error) }, 'discord: restarted shard did not become ready');
        });
      }, wait);
      respawns.add(timer);
    });
  });

  let poster: DiscordPoster | undefined;
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    if (stopped) return stopped;
    stopping.abort(new Error('the Discord shards were stopped'));
    for (const timer of respawns) clearTimeout(timer);
    respawns.clear();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    opts.signal?.removeEventListener('abort', onSignal);
    if (poster && opts.posters.get('discord') === poster) opts.posters.delete('discord');
    stopped = Promise.all([...manager.shards.values()].map((shard) => endShard(shard, stopTimeoutMs, logger))).then(() => {
      endRest();
      logger.info({ shards: total }, 'discord: shard processes stopped');
    });
    return stopped;
  };
  const onSignal = () => void stop();
  if (opts.stopOnSignals ?? true) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  if (opts.signal?.aborted) onSignal();
  opts.signal?.addEventListener('abort', onSignal, { once: true });

  logger.info({ shards: total, recommended, spawnDelayMs: delay }, 'discord: starting shard processes');
  try {
    const ids = [...Array(total).keys()];
    for (const id of ids) {
      stopping.signal.throwIfAborted();
      const shard = manager.createShard(id);
      const ready = shard.spawn(readyTimeoutMs);
      ready.catch(() => undefined); // observed below; a stop meanwhile makes it reject too
      await abortable(Promise.all([ready, id < ids.length - 1 && delay > 0 ? sleep(delay, undefined, { signal: stopping.signal }) : undefined]), stopping.signal);
    }
  } catch (error) {
    const askedToStop = stopping.signal.aborted;
    await stop();
    const reason = askedToStop
      ? 'it was stopped while starting'
      : `a shard did not become ready (${error instanceof Error ? error.message : String(error)}); see the shard's log lines above`;
    throw new Error(`Discord front end could not start: ${reason}`, { cause: error });
  }

  poster = new DiscordPoster(rest, logger, renderChart);
  opts.posters.set('discord', poster);
  logger.info({ shards: total }, 'discord: all shards ready');
  return {
    manager,
    totalShards: total,
    pids: () => new Map([...manager.shards.values()].flatMap((s) => (s.process?.pid !== undefined ? [[s.id, s.process.pid] as const] : []))),
    stop,
  };
}

/**
 * Sequential spawning with this pause keeps every identify bucket (shard id % max_concurrency) to one
 * identify per 5 s: shards i and i + max_concurrency start at least (max_concurrency - 1) pauses apart.
 */
export function identifyDelay(maxConcurrency: number): number {
  return maxConcurrency <= 1 ? IDENTIFY_WINDOW_MS : Math.ceil(IDENTIFY_WINDOW_MS / (maxConcurrency - 1));
}

/**
 * The arguments for node itself: the TypeScript loader when the entry is a .ts file (as under `tsx
 * src/main.ts`), resolved to a file URL so the shard's working directory does not matter. No secrets.
 */
export function shardExecArgv(file: string): string[] {
  if (!file.endsWith('.ts')) return [];
  const loader = createRequire(import.meta.url).resolve('tsx');
  return ['--import', pathToFileURL(loader).href];
}

/**
 * discord.js's constructor writes SHARDING_MANAGER, SHARDING_MANAGER_MODE and DISCORD_TOKEN into this
 * process's environment; a discord.js Client made here later would then think it is a shard. Undone
 * at once: each shard gets them in its own environment instead.
 */
function createManager(file: string, token: string, total: number): ShardingManager {
  const names = ['SHARDING_MANAGER', 'SHARDING_MANAGER_MODE', 'DISCORD_TOKEN'] as const;
  const before = names.map((name) => [name, process.env[name]] as const);
  try {
    return new ShardingManager(file, {
      totalShards: total, shardList: [...Array(total).keys()], mode: 'process', respawn: false,
      token, shardArgs: [], execArgv: shardExecArgv(file),
    });
  } finally {
    for (const [name, value] of before) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** SIGTERM (the shard stops its client, scheduler and store), then SIGKILL if it is still there after `graceMs`. */
async function endShard(shard: Shard, graceMs: number, logger: Logger): Promise<void> {
  const child = shard.process;
  if (!child) return;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  shard.kill(); // removes discord.js's exit listener (no respawn) and sends SIGTERM
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), graceMs); });
  const outcome = await Promise.race([exited.then(() => 'exited' as const), late]);
  clearTimeout(timer);
  if (outcome === 'late') {
    logger.warn({ shard: shard.id, pid: child.pid, graceMs }, 'discord: shard did not stop in time; killing it');
    child.kill('SIGKILL');
    await exited;
  }
}

function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
