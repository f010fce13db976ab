import type { Pool } from 'pg';
import type { DailySchedule, DeliveryClaim, DeliveryOutcome, DeliveryState, ScheduleStore } from '../../core/daily/schedule-store.js';
import type { Place } from '../../core/request.js';
import { query, row, rows } from './open-postgres.js';

interface ScheduleRow {
  platform: string; workspace_id: string; channel_id: string; enabled: boolean; post_at_minutes: number;
  time_zone: string; reveal_after_minutes: number; updated_by: string; updated_at: Date;
}

const toSchedule = (r: ScheduleRow): DailySchedule => ({
  place: { platform: r.platform as Place['platform'], workspaceId: r.workspace_id, channelId: r.channel_id },
  enabled: r.enabled,
  postAtMinutes: r.post_at_minutes,
  timeZone: r.time_zone,
  revealAfterMinutes: r.reveal_after_minutes,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

const SCHEDULE_COLUMNS = 'platform, workspace_id, channel_id, enabled, post_at_minutes, time_zone, reveal_after_minutes, updated_by, updated_at';

/**
 * Schedules and the delivery ledger on PostgreSQL. A claim is one atomic statement, and every later
 * step of a delivery names the claim's fencing token, so with many instances a key is held by one
 * worker at a time and a worker whose lease was taken over changes nothing.
 */
export class PostgresScheduleStore implements ScheduleStore {
  constructor(private readonly pool: Pool) {}

  async saveSchedule(s: DailySchedule): Promise<void> {
    await query(this.pool, `INSERT INTO daily_schedules (${SCHEDULE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
      ON CONFLICT (platform, workspace_id, channel_id) DO UPDATE SET enabled = EXCLUDED.enabled, post_at_minutes = EXCLUDED.post_at_minutes,
        time_zone = EXCLUDED.time_zone, reveal_after_minutes = EXCLUDED.reveal_after_minutes, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`, [
      s.place.platform, s.place.workspaceId, s.place.channelId, s.enabled, s.postAtMinutes, s.timeZone, s.revealAfterMinutes, s.updatedBy, s.updatedAt,
    ]);
  }

  async schedule(place: Place): Promise<DailySchedule | undefined> {
    const found = await row<ScheduleRow>(this.pool, `SELECT ${SCHEDULE_COLUMNS} FROM daily_schedules WHERE platform = $1 AND workspace_id = $2 AND channel_id = $3`,
      [place.platform, place.workspaceId, place.channelId]);
    return found ? toSchedule(found) : undefined;
  }

  async enabledSchedules(): Promise<readonly DailySchedule[]> {
    return (await rows<ScheduleRow>(this.pool, `SELECT ${SCHEDULE_COLUMNS} FROM daily_schedules WHERE enabled ORDER BY platform, workspace_id, channel_id`)).map(toSchedule);
  }

  /**
   * A new key gets token 1; a key whose lease has run out and that is not done is taken over with the
   * next token. One statement: the row lock it takes makes two claimers, on any instances, queue, and
   * the second sees the first's fresh lease and gets nothing.
   */
  async claimDelivery(key: string, now: Date, leaseMs: number): Promise<DeliveryClaim | undefined> {
    const until = new Date(now.getTime() + leaseMs);
    const claimed = await row<{ token: string }>(this.pool, `INSERT INTO deliveries (key, claimed_at, lease_until, token) VALUES ($1, $2, $3, 1)
      ON CONFLICT (key) DO UPDATE SET claimed_at = EXCLUDED.claimed_at, lease_until = EXCLUDED.lease_until, token = deliveries.token + 1
        WHERE deliveries.done_at IS NULL AND deliveries.lease_until <= EXCLUDED.claimed_at
      RETURNING token`, [key, now, until]);
    return claimed ? { key, token: Number(claimed.token) } : undefined;
  }

  async markSending(claim: DeliveryClaim, now: Date): Promise<boolean> {
    const result = await query(this.pool, 'UPDATE deliveries SET sending_at = $3 WHERE key = $1 AND token = $2 AND done_at IS NULL',
      [claim.key, claim.token, now]);
    return result.rowCount === 1;
  }

  /** The first outcome recorded by the claim's holder stands; false when the claim was lost. */
  async completeDelivery(claim: DeliveryClaim, now: Date, outcome: DeliveryOutcome): Promise<boolean> {
    const result = await query(this.pool, 'UPDATE deliveries SET done_at = $3, outcome = $4 WHERE key = $1 AND token = $2 AND done_at IS NULL',
      [claim.key, claim.token, now, outcome]);
    return result.rowCount === 1;
  }

  /** Counts the failed attempt and lets the lease run out at once, so the next tick may retry. */
  async failDelivery(claim: DeliveryClaim): Promise<void> {
    await query(this.pool, `UPDATE deliveries SET attempts = attempts + 1, sending_at = NULL, lease_until = claimed_at
      WHERE key = $1 AND token = $2 AND done_at IS NULL`, [claim.key, claim.token]);
  }

  /** Nothing went out: the lease runs out at once. A claim that has started sending keeps its lease. */
  async releaseDelivery(claim: DeliveryClaim): Promise<void> {
    await query(this.pool, `UPDATE deliveries SET lease_until = claimed_at
      WHERE key = $1 AND token = $2 AND done_at IS NULL AND sending_at IS NULL`, [claim.key, claim.token]);
  }

  async isDelivered(key: string): Promise<boolean> {
    return (await row<{ done: boolean }>(this.pool, 'SELECT done_at IS NOT NULL AS done FROM deliveries WHERE key = $1', [key]))?.done ?? false;
  }

  async deliveryState(key: string): Promise<DeliveryState | undefined> {
    const found = await row<{ attempts: number; sending_at: Date | null; outcome: string | null }>(this.pool,
      'SELECT attempts, sending_at, outcome FROM deliveries WHERE key = $1', [key]);
    if (!found) return undefined;
    return {
      attempts: found.attempts,
      ...(found.sending_at ? { sendingAt: found.sending_at } : {}),
      ...(found.outcome ? { outcome: found.outcome as DeliveryOutcome } : {}),
    };
  }
}
