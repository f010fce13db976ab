import {
  managerToFetchingStrategyOptions, SimpleContextFetchingStrategy, SimpleShardingStrategy, WebSocketShard, WebSocketShardEvents,
  type WebSocketManager, type WebSocketShardDestroyOptions,
} from '@discordjs/ws';
import type { Logger } from '../../core/ports.js';
import { ReconnectBackoff, type BackoffOptions } from './reconnect-backoff.js';
import { settlesWithin } from '../shared/settles-within.js';

/** How long one shard may take to close its socket on destroy before we stop waiting for it. */
const SHARD_DESTROY_TIMEOUT_MS = 2_000;

/** The one private member of WebSocketShard we wrap (see below). */
interface Reconnectable {
  internalConnect(): Promise<void>;
}

/**
 * discord.js's default gateway strategy (@discordjs/ws SimpleShardingStrategy, all shards in this
 * process), with two changes: reconnects wait a growing pause, and destroy() cancels that wait and
 * never hangs on one shard.
 *
 * Why this way. @discordjs/ws has no reconnect option: WebSocketShard.destroy({ recover }) sleeps a
 * fixed 500 ms and calls its private internalConnect(); a destroy() that lands during that sleep finds
 * the shard idle, returns at once, and the sleep then connects again - so a client destroyed during an
 * outage keeps reconnecting and keeps the process alive. The options were: (a) wrap the shard's
 * `internalConnect`, the single place every connection starts (first connect and every reconnect);
 * (b) delay inside the context strategy's retrieveSessionInfo, which internalConnect awaits - public,
 * but also called for every dispatch and heartbeat, and it cannot cancel a connect; (c) copy
 * WebSocketShard. (a) is the smallest: one method, wrapped on each instance (not overridden: it is
 * private in the typings), checked at start so that a discord.js upgrade that renames it logs a warning
 * and falls back to the stock behaviour instead of breaking; the drills in test/drills/shutdown*.test.ts
 * fail if the backoff stops working. The strategy subclasses SimpleShardingStrategy and replaces spawn
 * (its loop, with our shards) and destroy; connect, send and fetchStatus are the library's.
 */
export class BackoffShardingStrategy extends SimpleShardingStrategy {
  private readonly backoffs = new Map<number, ReconnectBackoff>();
  private stopping = new AbortController();

  constructor(private readonly wsManager: WebSocketManager, private readonly logger: Logger, private readonly options: BackoffOptions = {}) {
    super(wsManager);
  }

  /** The base class's shard collection (private in its typings; a Collection, which is a Map). */
  private get shardMap(): Map<number, WebSocketShard> {
    return (this as unknown as { readonly shards: Map<number, WebSocketShard> }).shards;
  }

  override async spawn(shardIds: number[]): Promise<void> {
    const strategyOptions = await managerToFetchingStrategyOptions(this.wsManager);
    for (const shardId of shardIds) {
      const shard = new WebSocketShard(new SimpleContextFetchingStrategy(this.wsManager, strategyOptions), shardId);
      for (const event of Object.values(WebSocketShardEvents)) {
        // The typed emitter's event map cannot be indexed by a runtime event name; this is SimpleShardingStrategy's loop.
        (shard as unknown as { on(e: string, l: (p: object) => void): void }).on(event, (payload: object) => {
          (this.wsManager as unknown as { emit(e: string, p: object): void }).emit(event, { ...payload, shardId });
        });
      }
      this.withBackoff(shard, shardId);
      this.shardMap.set(shardId, shard);
    }
  }

  override async connect(): Promise<void> {
    // A client may log in again after destroy(): a fresh signal for the new connections.
    if (this.stopping.signal.aborted) this.stopping = new AbortController();
    await super.connect();
  }

  override async destroy(options?: Omit<WebSocketShardDestroyOptions, 'recover'>): Promise<void> {
    // First stop every pending or future reconnect, then close what is open, each shard bounded.
    this.stopping.abort();
    await Promise.all([...this.shardMap.values()].map((shard) => settlesWithin(shard.destroy(options), SHARD_DESTROY_TIMEOUT_MS).then((finished) => {
      if (!finished) this.logger.warn({ shard: shard.id, timeoutMs: SHARD_DESTROY_TIMEOUT_MS }, 'discord: gateway shard did not close in time; going on');
    })));
    this.shardMap.clear();
  }

  /** Reconnect attempts so far, all shards (drills measure the rate during an outage). */
  get reconnectAttempts(): number {
    return [...this.backoffs.values()].reduce((sum, b) => sum + b.attempts, 0);
  }

  private withBackoff(shard: WebSocketShard, shardId: number): void {
    const target = shard as unknown as Partial<Reconnectable>;
    const original = target.internalConnect;
    if (typeof original !== 'function') {
      this.logger.warn({ shard: shardId }, 'discord: this @discordjs/ws version has no WebSocketShard.internalConnect; gateway reconnects use its fixed 500 ms pause');
      return;
    }
    const backoff = new ReconnectBackoff(shardId, this.logger, this.options);
    this.backoffs.set(shardId, backoff);
    shard.on(WebSocketShardEvents.Ready, () => backoff.connected());
    shard.on(WebSocketShardEvents.Resumed, () => backoff.connected());
    let first = true;
    target.internalConnect = async () => {
      const signal = this.stopping.signal;
      if (first) first = false;
      // Every later call is a reconnect (from destroy({ recover })): wait, or give up if destroyed meanwhile.
      else if (!(await backoff.beforeReconnect(signal))) return;
      return original.call(shard);
    };
  }
}
