import type { DailySchedule, DeliveryClaim, DeliveryOutcome, DeliveryState, ScheduleStore } from '../core/daily/schedule-store.js';
import type { Place } from '../core/request.js';
import type { Db } from './open-database.js';

interface ScheduleRow {
  platform: string; workspace_id: string; channel_id: string; enabled: number; post_at_minutes: number;
  time_zone: string; reveal_after_minutes: number; updated_by: string; updated_at: string;
}

export const placeOf = (row: { platform: string; workspace_id: string; channel_id: string }): Place => ({
  platform: row.platform as Place['platform'], workspaceId: row.workspace_id, channelId: row.channel_id,
});

const toSchedule = (row: ScheduleRow): DailySchedule => ({
  place: placeOf(row),
  enabled: row.enabled === 1,
  postAtMinutes: row.post_at_minutes,
  timeZone: row.time_zone,
  revealAfterMinutes: row.reveal_after_minutes,
  updatedBy: row.updated_by,
  updatedAt: new Date(row.updated_at),
});

/** Schedules and the delivery ledger; SQL lives here and in the other src/store modules only. */
export class SqliteScheduleStore implements ScheduleStore {
  private readonly sql;

  constructor(private readonly db: Db) {
    this.sql = {
      save: db.prepare(`INSERT INTO daily_schedules (platform, workspace_id, channel_id, enabled, post_at_minutes, time_zone, reveal_after_minutes, updated_by, updated_at)
        VALUES (@platform, @workspace_id, @channel_id, @enabled, @post_at_minutes, @time_zone, @reveal_after_minutes, @updated_by, @updated_at)
        ON CONFLICT (platform, workspace_id, channel_id) DO UPDATE SET enabled = excluded.enabled, post_at_minutes = excluded.post_at_minutes,
          time_zone = excluded.time_zone, reveal_after_minutes = excluded.reveal_after_minutes, updated_by = excluded.updated_by, updated_at = excluded.updated_at`),
      one: db.prepare<[string, string, string], ScheduleRow>('SELECT * FROM daily_schedules WHERE platform = ? AND workspace_id = ? AND channel_id = ?'),
      enabled: db.prepare<[], ScheduleRow>('SELECT * FROM daily_schedules WHERE enabled = 1 ORDER BY platform, workspace_id, channel_id'),
      claimNew: db.prepare<[string, string, string]>('INSERT INTO deliveries (key, claimed_at, lease_until, token) VALUES (?, ?, ?, 1) ON CONFLICT (key) DO NOTHING'),
      claimExpired: db.prepare<[string, string, string, string], { token: number }>(`UPDATE deliveries SET claimed_at = ?, lease_until = ?, token = token + 1
        WHERE key = ? AND done_at IS NULL AND lease_until <= ? RETURNING token`),
      sending: db.prepare<[string, string, number]>('UPDATE deliveries SET sending_at = ? WHERE key = ? AND token = ? AND done_at IS NULL'),
      fail: db.prepare<[string, number]>(`UPDATE deliveries SET attempts = attempts + 1, sending_at = NULL, lease_until = claimed_at
        WHERE key = ? AND token = ? AND done_at IS NULL`),
      state: db.prepare<[string], { attempts: number; sending_at: string | null; outcome: string | null }>('SELECT attempts, sending_at, outcome FROM deliveries WHERE key = ?'),
      complete: db.prepare<[string, string, string, number]>('UPDATE deliveries SET done_at = ?, outcome = ? WHERE key = ? AND token = ? AND done_at IS NULL'),
      release: db.prepare<[string, number]>('UPDATE deliveries SET lease_until = claimed_at WHERE key = ? AND token = ? AND done_at IS NULL AND sending_at IS NULL'),
      delivered: db.prepare<[string], { done: number }>('SELECT done_at IS NOT NULL AS done FROM deliveries WHERE key = ?'),
    };
  }

  async saveSchedule(s: DailySchedule): Promise<void> {
    this.sql.save.run({
      platform: s.place.platform, workspace_id: s.place.workspaceId, channel_id: s.place.channelId, enabled: s.enabled ? 1 : 0,
      post_at_minutes: s.postAtMinutes, time_zone: s.timeZone, reveal_after_minutes: s.revealAfterMinutes,
      updated_by: s.updatedBy, updated_at: s.updatedAt.toISOString(),
    });
  }

  async schedule(place: Place): Promise<DailySchedule | undefined> {
    const row = this.sql.one.get(place.platform, place.workspaceId, place.channelId);
    return row ? toSchedule(row) : undefined;
  }

  async enabledSchedules(): Promise<readonly DailySchedule[]> {
    return this.sql.enabled.all().map(toSchedule);
  }

  async claimDelivery(key: string, now: Date, leaseMs: number): Promise<DeliveryClaim | undefined> {
    const at = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    return this.db.transaction((): DeliveryClaim | undefined => {
      if (this.sql.claimNew.run(key, at, until).changes === 1) return { key, token: 1 };
      const taken = this.sql.claimExpired.get(at, until, key, at);
      return taken ? { key, token: taken.token } : undefined;
    }).immediate();
  }

  async markSending(claim: DeliveryClaim, now: Date): Promise<boolean> {
    return this.sql.sending.run(now.toISOString(), claim.key, claim.token).changes === 1;
  }

  async completeDelivery(claim: DeliveryClaim, now: Date, outcome: DeliveryOutcome): Promise<boolean> {
    return this.sql.complete.run(now.toISOString(), outcome, claim.key, claim.token).changes === 1;
  }

  async failDelivery(claim: DeliveryClaim): Promise<void> {
    this.sql.fail.run(claim.key, claim.token);
  }

  async deliveryState(key: string): Promise<DeliveryState | undefined> {
    const row = this.sql.state.get(key);
    if (!row) return undefined;
    return {
      attempts: row.attempts,
      ...(row.sending_at ? { sendingAt: new Date(row.sending_at) } : {}),
      ...(row.outcome ? { outcome: row.outcome as DeliveryOutcome } : {}),
    };
  }

  async releaseDelivery(claim: DeliveryClaim): Promise<void> {
    this.sql.release.run(claim.key, claim.token);
  }

  async isDelivered(key: string): Promise<boolean> {
    return this.sql.delivered.get(key)?.done === 1;
  }
}
