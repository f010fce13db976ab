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
