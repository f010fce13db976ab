import { Client, Events, GatewayIntentBits, InteractionResponseType, MessageFlags, Routes, type RESTOptions } from 'discord.js';
import type { Logger, RequestKeys } from '../../core/ports.js';
import { userMistake } from '../../core/reply.js';
import { InFlight } from '../in-flight.js';
import { BackoffShardingStrategy } from './backoff-strategy.js';
import { loggable } from './discord-errors.js';
import type { BackoffOptions } from './reconnect-backoff.js';
import { renderChart } from '../charts/render-chart.js';
import { createInteractionHandler, type DiscordBot } from './handlers.js';
import type { ChartRenderer } from './picture.js';
import { messageContent } from './respond.js';
import { NO_MENTIONS } from './render.js';
import { SeenInteractions } from './seen.js';

export interface ClientOptions {
  readonly bot: DiscordBot;
  readonly logger: Logger;
  /** REST base URL without the version (default Discord's own); the gateway URL comes from it too. */
  readonly apiUrl?: string;
  /** Overrides for the REST client (tests: fewer retries, shorter timeouts). */
  readonly rest?: Partial<RESTOptions>;
  readonly deferAfterMs?: number;
  /** The gateway shards this client connects (a shard process: its ids of `count`); default all of them, in this process. */
  readonly shards?: ShardIds;
  /** The request ledger every instance shares (the store's), so an interaction replayed to another shard or instance is answered once. */
  readonly requestKeys?: RequestKeys;
  /** Draws chart pictures (default: Chart.js on skia); tests may swap it for a failing one. */
  readonly renderChart?: ChartRenderer;
  /** Interactions being handled; closing it makes the client ignore new ones (shutdown). */
  readonly inFlight?: InFlight;
  /** Gateway reconnect pauses and outage reports (default 1 s doubling to 60 s). */
  readonly backoff?: BackoffOptions;
}

/** Which of the bot's `count` gateway shards one process serves. */
export interface ShardIds {
  readonly ids: readonly number[];
  readonly count: number;
}

/** A 429 asking for a longer wait than this is not waited out: the caller hears "try again in N s". */
export const MAX_RATE_LIMIT_WAIT_MS = 10_000;
/** Leaves 1.5 s of Discord's 3 s for the deferral itself to arrive. */
export const DEFAULT_DEFER_AFTER_MS = 1_500;

const BAD_PAYLOAD = 'I could not read that request from Discord. Nothing was changed; please try again.';

/**
 * The discord.js client with our settings and guards: Guilds intent only (interactions need no
 * privileged intents), allowed_mentions { parse: [] } by default, REST that waits out short 429s and
 * rejects long ones, and listeners so that no library event or malformed payload can crash the
 * process. Not logged in yet: see index.ts.
 */
export function createDiscordClient(opts: ClientOptions): Client {
  const { logger } = opts;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: discordRestOptions(logger, opts.apiUrl, opts.rest),
    ...(opts.shards ? { shards: [...opts.shards.ids], shardCount: opts.shards.count } : {}),
    // Reconnects back off instead of every 500 ms, and destroy() cancels them (see backoff-strategy.ts).
    ws: { buildStrategy: (manager) => new BackoffShardingStrategy(manager, logger, opts.backoff) },
  });
  client.on(Events.Error, (error) => logger.error({ err: loggable(error) }, 'discord: client error'));
  client.on(Events.ShardError, (error, shard) => logger.warn({ shard, err: loggable(error) }, 'discord: gateway connection error'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.error({ shard, code: event.code }, 'discord: gateway closed for good (check DISCORD_TOKEN and intents)'));
  // Every closed connection, many a minute in an outage: the backoff logs the outage itself, once and then a summary a minute.
  client.on(Events.ShardReconnecting, (shard) => logger.debug({ shard }, 'discord: gateway reconnecting'));

  const handler = createInteractionHandler({
    bot: opts.bot,
    logger,
    seen: new SeenInteractions({ logger, ...(opts.requestKeys ? { shared: opts.requestKeys } : {}) }),
    deferAfterMs: opts.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    renderChart: opts.renderChart ?? renderChart,
  });
  const inFlight = opts.inFlight ?? new InFlight();
  client.on(Events.InteractionCreate, (interaction) => {
    // Once stopping, a new interaction is left unanswered (Discord tells the user it failed) rather than accepted and cut off.
    if (!inFlight.run(() => handler(interaction))) logger.info({ interaction: interaction.id }, 'discord: stopping; interaction not taken');
  });
  guardInteractionPayloads(client, logger);
  return client;
}

/**
 * The REST settings of every Discord REST client here (the gateway client's and the sharding manager's):
 * network errors and 5xx get one more try, 429s are waited out up to the cap and logged.
 */
export function discordRestOptions(logger: Logger, apiUrl?: string, overrides?: Partial<RESTOptions>): Partial<RESTOptions> {
  return {
    ...(apiUrl ? { api: apiUrl.replace(/\/+$/, '') } : {}),
    retries: 1,
    timeout: 10_000,
    // Called for every 429 (and every request held back by a known limit): log it, and decide.
    rejectOnRateLimit: (info) => {
      const giveUp = info.retryAfter > MAX_RATE_LIMIT_WAIT_MS;
      logger.warn({ route: info.route, method: info.method, retryAfterMs: info.retryAfter, global: info.global, scope: info.scope, giveUp }, 'discord: rate limited');
      return giveUp;
    },
    ...overrides,
  };
}

interface InteractionAction {
  handle(data: unknown): unknown;
}

/**
 * discord.js builds its interaction objects inside the gateway's message handler, whose promise
 * nobody awaits: a payload missing a field it expects throws there, which would end the process as
 * an unhandled rejection. This wraps that one step for this client: the payload is logged (without
 * its token) and, when it carries an id and token, answered with a short private note.
 */
function guardInteractionPayloads(client: Client, logger: Logger): void {
  // `actions` is internal to discord.js (no typings); it is the documented handler of INTERACTION_CREATE.
  const actions = (client as unknown as { actions?: { InteractionCreate?: InteractionAction } }).actions;
  const action = actions?.InteractionCreate;
  if (!action || typeof action.handle !== 'function') {
    logger.warn({}, 'discord: cannot guard interaction payloads in this discord.js version');
    return;
  }
  const original = action.handle.bind(action);
  action.handle = (data: unknown) => {
    try {
      return original(data);
    } catch (error) {
      const raw = (data ?? {}) as { id?: unknown; token?: unknown; type?: unknown };
      logger.warn({ interaction: typeof raw.id === 'string' ? raw.id : undefined, type: raw.type, err: loggable(error) }, 'discord: malformed interaction payload ignored');
      if (typeof raw.id === 'string' && typeof raw.token === 'string' && raw.type !== 4) void tellBadPayload(client, raw.id, raw.token, logger);
      return undefined;
    }
  };
}

async function tellBadPayload(client: Client, id: string, token: string, logger: Logger): Promise<void> {
  const { embeds } = messageContent(userMistake(BAD_PAYLOAD));
  try {
    await client.rest.post(Routes.interactionCallback(id, token), {
      auth: false,
      body: { type: InteractionResponseType.ChannelMessageWithSource, data: { embeds, flags: MessageFlags.Ephemeral, allowed_mentions: NO_MENTIONS } },
    });
  } catch (error) {
    logger.warn({ interaction: id, err: loggable(error) }, 'discord: could not answer a malformed interaction');
  }
}
