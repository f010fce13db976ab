import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../../core/ports.js';

export interface BackoffOptions {
  /** The first pause after a drop (default 1 s); it doubles with each failed attempt… */
  readonly baseMs?: number;
  /** …up to this (default 60 s). */
  readonly capMs?: number;
  /** A connection that stayed up this long (default 60 s) counts as stable: the next drop starts again at baseMs. */
  readonly stableMs?: number;
  /** How often, at most, an outage is summarised in the log (default 60 s). */
  readonly summaryEveryMs?: number;
  readonly random?: () => number;
  readonly now?: () => number;
  /** Waits `ms` unless the signal aborts first (tests pass a fake). */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Told when the gateway is declared unreachable (false) and when it is back (true). */
  readonly onReachable?: (reachable: boolean) => void;
}

const realSleep = (ms: number, signal: AbortSignal) => sleep(ms, undefined, { signal, ref: true });

/**
 * When a gateway shard may connect again, and what the log says about it. @discordjs/ws reconnects
 * 500 ms after every failure, forever (WebSocketShard.destroy): about 7,200 attempts and log lines an
 * hour while Discord is unreachable. This keeps one shard's attempts apart by an exponential pause with
 * "equal jitter" (half fixed, half random, so many bots coming back after a Discord outage do not all
 * knock at once), and logs an outage once, then one summary a minute, then its end.
 */
export class ReconnectBackoff {
  private readonly baseMs: number;
  private readonly capMs: number;
  private readonly stableMs: number;
  private readonly summaryEveryMs: number;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  private readonly onReachable: (reachable: boolean) => void;
  /** Attempts since the connection was last stable (the first connect is not one). */
  private failures = 0;
  private upSince: number | undefined;
  private downSince: number | undefined;
  private lastSummaryAt = Number.NEGATIVE_INFINITY;
  /** Every reconnect attempt this shard ever made (for drills and the summary). */
  attempts = 0;

  constructor(private readonly shard: number, private readonly logger: Logger, options: BackoffOptions = {}) {
    this.baseMs = options.baseMs ?? 1_000;
    this.capMs = options.capMs ?? 60_000;
    this.stableMs = options.stableMs ?? 60_000;
    this.summaryEveryMs = options.summaryEveryMs ?? 60_000;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
    this.onReachable = options.onReachable ?? (() => undefined);
  }

  /** The pause before the next attempt, given `failures` attempts since the last stable connection. */
  delayFor(failures: number): number {
    const ceiling = Math.min(this.capMs, this.baseMs * 2 ** Math.min(failures, 30));
    return Math.round(ceiling / 2 + (ceiling / 2) * this.random());
  }

  /** The shard is up (READY or RESUMED). */
  connected(): void {
    const now = this.now();
    if (this.downSince !== undefined && this.failures > 1) {
      this.logger.info({ shard: this.shard, attempts: this.failures, downForS: Math.round((now - this.downSince) / 1000) }, 'discord: gateway reachable again');
      this.onReachable(true);
    }
    this.upSince = now;
    this.downSince = undefined;
  }

  /**
   * Called before every reconnect: waits the pause, then resolves true (go ahead) or false (the signal
   * aborted: the client is being destroyed, so no connection is opened).
   */
  async beforeReconnect(signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return false;
    const now = this.now();
    // Up long enough: this is a fresh drop, not the same outage going on.
    if (this.upSince !== undefined && now - this.upSince >= this.stableMs) this.failures = 0;
    this.upSince = undefined;
    const wait = this.delayFor(this.failures);
    this.failures += 1;
    this.attempts += 1;
    if (this.downSince === undefined) this.downSince = now;
    if (this.failures === 2) {
      // The first reconnect is routine (Discord asks for them); a second in a row means trouble.
      this.logger.warn({ shard: this.shard, nextInS: round(wait) }, 'discord: gateway unreachable; reconnecting with backoff (one summary a minute from now on)');
      this.lastSummaryAt = now;
      this.onReachable(false);
    } else if (this.failures > 2 && now - this.lastSummaryAt >= this.summaryEveryMs) {
      this.logger.warn({ shard: this.shard, attempts: this.failures, downForS: round(now - this.downSince), nextInS: round(wait) }, 'discord: gateway still unreachable');
      this.lastSummaryAt = now;
    }
    try {
      await this.sleep(wait, signal);
    } catch {
      return false; // aborted
    }
    return !signal.aborted;
  }
}

const round = (ms: number) => Math.round(ms / 100) / 10;
