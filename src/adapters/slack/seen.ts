/**
 * Remembers recent request keys (a slash command's or click's trigger_id) so a request Slack sends
 * again (x-slack-retry-num, a Socket Mode redelivery, a replay inside the signature window) does its
 * work only once. Bounded in size and time; bolt already refuses signatures older than 5 minutes, so
 * remembering a little longer than that closes the replay window.
 */
export class SeenRequests {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 6 * 60_000,
    private readonly maxEntries = 20_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time a key is offered within the window; false for every repeat. */
  firstTime(key: string): boolean {
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
