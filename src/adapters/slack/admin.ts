import type { Logger } from '../../core/ports.js';

/** What users.info tells us about a member; undefined when Slack does not know them. */
export type AdminFlags = { readonly is_admin?: boolean; readonly is_owner?: boolean; readonly is_primary_owner?: boolean } | undefined;

export interface AdminCheckDeps {
  /** users.info for one member (throws on a Web API error). */
  readonly lookup: (userId: string) => Promise<AdminFlags>;
  /** SLACK_ADMIN_IDS: admins for studybot even if they are not workspace admins. */
  readonly configured: readonly string[];
  readonly logger: Logger;
  readonly now?: () => number;
  readonly ttlMs?: number;
  /** A failed lookup is retried sooner than a successful one is refreshed. */
  readonly failureTtlMs?: number;
  readonly maxEntries?: number;
}

/**
 * Decides actor.isAdmin: workspace admins and owners (users.info), or anyone in SLACK_ADMIN_IDS.
 * Asked only by commands that need admin rights (CommandRequest.confirmAdmin). Answers are cached, a
 * bounded number (maxEntries) for a bounded time (ttlMs), so a busy channel does not spend the
 * users.info rate limit, and a lookup that fails counts as "not an admin" (changing settings fails closed).
 */
export class AdminCheck {
  private readonly configured: ReadonlySet<string>;
  private readonly cache = new Map<string, { readonly answer: Promise<boolean>; expires: number }>();
  private readonly now: () => number;

  constructor(private readonly deps: AdminCheckDeps) {
    this.configured = new Set(deps.configured);
    this.now = deps.now ?? Date.now;
  }

  /** Listed in SLACK_ADMIN_IDS: known without asking Slack. */
  isConfigured(userId: string): boolean {
    return this.configured.has(userId);
  }

  /** Asks Slack (users.info) unless listed or cached; call it only when admin rights are needed. */
  isAdmin(userId: string): Promise<boolean> {
    if (this.configured.has(userId)) return Promise.resolve(true);
    const now = this.now();
    const cached = this.cache.get(userId);
    if (cached && cached.expires > now) return cached.answer;
    const entry = { answer: this.ask(userId), expires: now + (this.deps.ttlMs ?? 10 * 60_000) };
    this.cache.delete(userId);
    this.cache.set(userId, entry);
    this.trim();
    return entry.answer;
  }

  private async ask(userId: string): Promise<boolean> {
    try {
      const flags = await this.deps.lookup(userId);
      return Boolean(flags?.is_admin || flags?.is_owner || flags?.is_primary_owner);
    } catch (error) {
      const entry = this.cache.get(userId);
      if (entry) entry.expires = this.now() + (this.deps.failureTtlMs ?? 60_000);
      this.deps.logger.warn({ user: userId, err: error }, 'could not check Slack admin status (needs the users:read scope); treating as a member');
      return false;
    }
  }

  /** Oldest first: Map keeps insertion order and isAdmin re-inserts on refresh. */
  private trim(): void {
    const max = this.deps.maxEntries ?? 5_000;
    for (const key of this.cache.keys()) {
      if (this.cache.size <= max) break;
      this.cache.delete(key);
    }
  }
}
