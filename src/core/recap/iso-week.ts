import { addDays } from '../daily/local-time.js';
import { isoWeekday } from '../charts/periods.js';

/** "2026-W48" for any local date of that ISO week (the week belongs to the year of its Thursday). */
export function isoWeekLabel(localDate: string): string {
  const thursday = addDays(localDate, 4 - isoWeekday(localDate));
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = Math.round((Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000);
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}
