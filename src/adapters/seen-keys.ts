import type { Logger, RequestKeys } from '../core/ports.js';

/**
 * Remembers recent request keys so a delivery the platform repeats does its work once. Two layers: this
 * process's memory (bounded in size and time) answers a repeat to the same instance at once; the
 * shared ledger in the database, when given, catches a repeat that reaches another instance. Each
 * front end picks the window its platform's retries and replays need.
 */
export class SeenKeys {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 20_000,
    private readonly now: () => number = Date.now,
    private readonly shared?: RequestKeys,
    private readonly logger?: Logger,
  ) {}

  /** True the first time a key is offered within the window, by any instance; false for every repeat. */
  async firstTime(key: string): Promise<boolean> {
    if (!this.firstHere(key)) return false;
    if (!this.shared) return true;
    try {
      return await this.shared.firstTime(key, new Date(this.now()), this.ttlMs);
    } catch (error) {
      // The ledger is unreachable: doing the work is the lesser harm. Answers and reveals keep their own
      // exactly-once guarantees in the store; a repeated lookup only answers twice.
      this.logger?.warn({ err: error }, 'shared request ledger unavailable; handling the request');
      return true;
    }
  }

  private firstHere(key: string): boolean {
    const now = this.now();
    const expires = this.seen.get(key);
    if (expires !== undefined && expires > now) return false;
    this.seen.delete(key);
    this.seen.set(key, now + this.ttlMs);
    // Insertion order is expiry order (same ttl for all), so the oldest go first.
    for (const [k, at] of this.seen) {
      if (at > now && this.seen.size <= this.maxEntries) break;
      this.seen.delete(k);
    }
    return true;
  }
}
