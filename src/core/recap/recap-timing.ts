import { addDays, instantOf, localParts } from '../daily/local-time.js';
import type { DailySchedule } from '../daily/schedule-store.js';
import { isoWeekday, mondayOf } from '../charts/periods.js';
import type { Place } from '../request.js';
import { isoWeekLabel } from './iso-week.js';

/** 08:30 local: Monday morning, before most channels' daily question. */
export const RECAP_AT_MINUTES = 8 * 60 + 30;

/** The local minute of Monday the recap goes out: 08:30, or with the daily question if that is earlier. */
export const recapMinutes = (schedule: DailySchedule): number => Math.min(RECAP_AT_MINUTES, schedule.postAtMinutes);

/** The delivery-ledger key of a channel's recap of the week starting `monday`: once per channel per week. */
export const recapKey = (place: Place, monday: string): string =>
  `recap:${place.platform}:${place.workspaceId}:${place.channelId}:${isoWeekLabel(monday)}`;

/**
 * The Monday of the week to recap if the recap is due at `now`: it is the channel's local Monday, from
 * its recap minute to the end of the day (a recap missed while the bot was down still goes out that
 * morning; on Tuesday it is stale and left out). Local dates, so daylight-saving changes cannot move it
 * to Sunday or fire it twice.
 */
export function recapDue(schedule: DailySchedule, now: Date): string | undefined {
  const local = localParts(now, schedule.timeZone);
  if (isoWeekday(local.date) !== 1) return undefined;
  if (now < instantOf(local.date, recapMinutes(schedule), schedule.timeZone)) return undefined;
  return addDays(local.date, -7);
}

/** The next instant after `after` at which the channel's recap falls due. */
export function nextRecapAfter(schedule: DailySchedule, after: Date): Date {
  let monday = mondayOf(localParts(after, schedule.timeZone).date);
  for (;;) {
    const at = instantOf(monday, recapMinutes(schedule), schedule.timeZone);
    if (at > after) return at;
    monday = addDays(monday, 7);
  }
}
