import type { Pool } from 'pg';
import type { RequestKeys } from '../../core/ports.js';
import { query, row } from './open-postgres.js';

/** Sweep expired keys once in this many takes, so the table stays the size of one window. */
const SWEEP_EVERY = 500;

/**
 * Request keys in PostgreSQL, shared by every instance. One upsert decides: a new key is inserted, an
 * expired one is taken again, a live one is left alone; two instances taking one key at once meet on
 * the primary key, and only one gets a row back.
 */
export class PostgresRequestKeys implements RequestKeys {
  private takes = 0;

  constructor(private readonly pool: Pool) {}

  async firstTime(key: string, now: Date, ttlMs: number): Promise<boolean> {
    if (++this.takes % SWEEP_EVERY === 0) await query(this.pool, 'DELETE FROM seen_requests WHERE expires_at <= $1', [now]);
    const taken = await row<{ taken: number }>(this.pool, `INSERT INTO seen_requests (key, expires_at) VALUES ($1, $2)
      ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE seen_requests.expires_at <= $3
      RETURNING 1 AS taken`, [key, new Date(now.getTime() + ttlMs), now]);
    return taken !== undefined;
  }
}
