import { addDays } from '../daily/local-time.js';

/** How far ahead an exam date may be: AWS lets you book months ahead, not years. */
export const EXAM_DATE_MAX_DAYS = 366;

/** A YYYY-MM-DD string that names a real calendar day, or undefined. */
export function calendarDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number);
  if (!y || !m || !d) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? text.trim() : undefined;
}

/** Whole days from `today` to `date` (both YYYY-MM-DD); negative when it has passed. */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** "in 12 days", "tomorrow", "today". */
export function countdown(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

export function latestExamDate(today: string): string {
  return addDays(today, EXAM_DATE_MAX_DAYS);
}
