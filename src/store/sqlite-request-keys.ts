import type { RequestKeys } from '../core/ports.js';
import type { Db } from './open-database.js';

/** Sweep expired keys once in this many takes, so the table stays the size of one window. */
const SWEEP_EVERY = 500;

/**
 * Request keys in SQLite, shared by every process on the file. One upsert decides: a new key is
 * inserted, an expired one is taken again, a live one is left alone, and only the first two return
 * a row.
 */
export class SqliteRequestKeys implements RequestKeys {
  private takes = 0;
  private readonly take;
  private readonly sweep;

  constructor(db: Db) {
    this.take = db.prepare<[string, number, number]>(`INSERT INTO seen_requests (key, expires_at) VALUES (?, ?)
      ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_requests.expires_at <= ?
      RETURNING 1`);
    this.sweep = db.prepare<[number]>('DELETE FROM seen_requests WHERE expires_at <= ?');
  }

  async firstTime(key: string, now: Date, ttlMs: number): Promise<boolean> {
    const at = now.getTime();
    if (++this.takes % SWEEP_EVERY === 0) this.sweep.run(at);
    return this.take.get(key, at + ttlMs, at) !== undefined;
  }
}
