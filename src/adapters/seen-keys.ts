/**
 * Remembers recent request keys so a delivery the platform repeats does its work once. Bounded in
 * size and in time; each front end picks the window its platform's retries and replays need.
 */
export class SeenKeys {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
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
