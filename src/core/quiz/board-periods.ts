import { localParts } from '../daily/local-time.js';
import type { Period } from './quiz-store.js';

/**
 * Which weekly and monthly board an answer counts on. A week is an ISO week and a month a calendar
 * month of the local dates in the channel's timezone, so a group in Berlin or Auckland sees its week
 * roll over at its own Monday midnight, not at UTC's.
 */

/** ISO 8601 week of a local date (YYYY-MM-DD): the week belongs to the year of its Thursday. */
function isoWeekOf(localDate: string): string {
  const [y, m, d] = localDate.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `w${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The board key of `period` at `at`, in `timeZone`: 'all', 'w2026-W48' or 'm2026-11'. */
export function boardPeriodKey(period: Period, at: Date, timeZone: string): string {
  if (period === 'all') return 'all';
  const { date } = localParts(at, timeZone);
  return period === 'week' ? isoWeekOf(date) : `m${date.slice(0, 7)}`;
}

/** Every board an answer given at `at` counts on. */
export function boardPeriodKeys(at: Date, timeZone: string): readonly string[] {
  return ['all', boardPeriodKey('week', at, timeZone), boardPeriodKey('month', at, timeZone)];
}
