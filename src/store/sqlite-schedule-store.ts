import type { DailySchedule, DeliveryOutcome, DeliveryState, ScheduleStore } from '../core/daily/schedule-store.js';
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
      claimNew: db.prepare<[string, string, string]>('INSERT INTO deliveries (key, claimed_at, lease_until) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING'),
      claimExpired: db.prepare<[string, string, string, string]>(`UPDATE deliveries SET claimed_at = ?, lease_until = ?
        WHERE key = ? AND done_at IS NULL AND lease_until <= ?`),
      sending: db.prepare<[string, string]>('UPDATE deliveries SET sending_at = ? WHERE key = ? AND done_at IS NULL'),
      fail: db.prepare<[string]>(`UPDATE deliveries SET attempts = attempts + 1, sending_at = NULL, lease_until = claimed_at
        WHERE key = ? AND done_at IS NULL`),
      state: db.prepare<[string], { attempts: number; sending_at: string | null; outcome: string | null }>('SELECT attempts, sending_at, outcome FROM deliveries WHERE key = ?'),
      complete: db.prepare<[string, string, string]>('UPDATE deliveries SET done_at = ?, outcome = ? WHERE key = ?'),
      release: db.prepare<[string]>('UPDATE deliveries SET lease_until = claimed_at WHERE key = ? AND done_at IS NULL AND sending_at IS NULL'),
      delivered: db.prepare<[string], { done: number }>('SELECT done_at IS NOT NULL AS done FROM deliveries WHERE key = ?'),
    };
  }

  saveSchedule(s: DailySchedule): void {
    this.sql.save.run({
      platform: s.place.platform, workspace_id: s.place.workspaceId, channel_id: s.place.channelId, enabled: s.enabled ? 1 : 0,
      post_at_minutes: s.postAtMinutes, time_zone: s.timeZone, reveal_after_minutes: s.revealAfterMinutes,
      updated_by: s.updatedBy, updated_at: s.updatedAt.toISOString(),
    });
  }

  schedule(place: Place): DailySchedule | undefined {
    const row = this.sql.one.get(place.platform, place.workspaceId, place.channelId);
    return row ? toSchedule(row) : undefined;
  }

  enabledSchedules(): readonly DailySchedule[] {
    return this.sql.enabled.all().map(toSchedule);
  }

  claimDelivery(key: string, now: Date, leaseMs: number): boolean {
    const at = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    return this.db.transaction(() => {
      if (this.sql.claimNew.run(key, at, until).changes === 1) return true;
      return this.sql.claimExpired.run(at, until, key, at).changes === 1;
    }).immediate();
  }

  markSending(key: string, now: Date): void {
    this.sql.sending.run(now.toISOString(), key);
  }

  completeDelivery(key: string, now: Date, outcome: DeliveryOutcome): void {
    this.sql.complete.run(now.toISOString(), outcome, key);
  }

  failDelivery(key: string): void {
    this.sql.fail.run(key);
  }

  deliveryState(key: string): DeliveryState | undefined {
    const row = this.sql.state.get(key);
    if (!row) return undefined;
    return {
      attempts: row.attempts,
      ...(row.sending_at ? { sendingAt: new Date(row.sending_at) } : {}),
      ...(row.outcome ? { outcome: row.outcome as DeliveryOutcome } : {}),
    };
  }

  releaseDelivery(key: string): void {
    this.sql.release.run(key);
  }

  isDelivered(key: string): boolean {
    return this.sql.delivered.get(key)?.done === 1;
  }
}
