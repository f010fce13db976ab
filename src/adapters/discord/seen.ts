/**
 * Remembers recent interaction ids, so an interaction the gateway delivers twice (a replay after a
 * resume) is answered once. Bounded in size and time: Discord's interaction tokens live 15 minutes.
 */
export class SeenInteractions {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 16 * 60_000,
    private readonly maxEntries = 20_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time an id is offered within the window; false for every repeat. */
  firstTime(id: string): boolean {
    const now = this.now();
    const expires = this.seen.get(id);
    if (expires !== undefined && expires > now) return false;
    this.seen.delete(id);
    this.seen.set(id, now + this.ttlMs);
    // Same ttl for all, so insertion order is expiry order: the oldest go first.
    for (const [key, at] of this.seen) {
      if (at > now && this.seen.size <= this.maxEntries) break;
      this.seen.delete(key);
    }
    return true;
  }
}
