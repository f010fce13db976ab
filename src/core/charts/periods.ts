import { addDays, instantOf } from '../daily/local-time.js';

/** Consecutive local periods: period i runs from boundaries[i] (inclusive) to boundaries[i + 1]. */
export interface LocalPeriods {
  /** The local date each period starts on (YYYY-MM-DD). */
  readonly starts: readonly string[];
  /** starts.length + 1 instants, ascending. */
  readonly boundaries: readonly Date[];
}

/** 1 for Monday … 7 for Sunday, like ISO 8601. */
export function isoWeekday(localDate: string): number {
  const [y, m, d] = localDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay() || 7;
}

export function mondayOf(localDate: string): string {
  return addDays(localDate, 1 - isoWeekday(localDate));
}

/**
 * `count` periods of `days` local days each, the first starting on `firstDay`. Boundaries are local
 * midnights, so a week across a daylight-saving change is 167 or 169 hours, as the members live it.
 */
export function localPeriods(firstDay: string, count: number, days: number, timeZone: string): LocalPeriods {
  const starts = Array.from({ length: count }, (_, i) => addDays(firstDay, i * days));
  const edges = [...starts, addDays(firstDay, count * days)];
  return { starts, boundaries: edges.map((date) => instantOf(date, 0, timeZone)) };
}

/** The last `count` ISO weeks (Monday to Sunday, local), ending with the week of `today`. */
export function lastWeeks(today: string, count: number, timeZone: string): LocalPeriods {
  return localPeriods(addDays(mondayOf(today), -7 * (count - 1)), count, 7, timeZone);
}
