const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-07-31" -> "31 July 2024": unambiguous for every reader. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-23" -> "23 Nov": short enough for a chart's axis, still unambiguous within a year. */
export function shortDate(iso: string): string {
  const [, month, day] = iso.split('-').map(Number);
  if (!month || !day) return iso;
  return `${day} ${SHORT_MONTHS[month - 1] ?? ''}`;
}
