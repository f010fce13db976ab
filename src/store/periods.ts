/** Leaderboard periods: calendar week (ISO, UTC) and calendar month (UTC). */
export function weekKey(date: Date): string {
  // ISO 8601: the week belongs to the year of its Thursday.
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `w${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function monthKey(date: Date): string {
  return `m${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function periodKeys(date: Date): readonly string[] {
  return ['all', weekKey(date), monthKey(date)];
}

/** Period boundaries a history query can use: at least two, strictly ascending, all real instants. */
export function usableBoundaries(boundaries: readonly Date[]): boolean {
  return boundaries.length >= 2 && boundaries.every((b, i) => !Number.isNaN(b.getTime()) && (i === 0 || b.getTime() > (boundaries[i - 1]?.getTime() ?? Infinity)));
}

/**
 * The local dates of daily questions whose answers can fall between two instants: an answer comes
 * within a day of its question (the reveal is at most 23 hours later), and a local date is within a
 * day of the UTC one, so three days of margin before and one after are always enough.
 */
export function postDatesFor(from: Date, to: Date): { first: string; last: string } {
  const day = 86_400_000;
  return { first: new Date(from.getTime() - 3 * day).toISOString().slice(0, 10), last: new Date(to.getTime() + day).toISOString().slice(0, 10) };
}
