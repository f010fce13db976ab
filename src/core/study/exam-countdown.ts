import type { Scope } from '../quiz/quiz-store.js';
import { countdown, daysBetween } from './exam-date.js';
import type { SettingsStore } from './settings-store.js';

/** Three names keep the line to one line; the soonest exams are the ones worth cheering on. */
export const COUNTDOWN_NAMES = 3;

/**
 * "Exams coming up: Ann in 12 days, Bo in 20 days" for the daily post, naming only members who opted
 * in with `/aws exam-date … show`, only dates after `today`; undefined when there are none.
 */
export async function examCountdownLine(settings: SettingsStore, scope: Scope, today: string): Promise<string | undefined> {
  const exams = await settings.upcomingExams(scope, today, COUNTDOWN_NAMES);
  if (exams.length === 0) return undefined;
  const names = exams.map((e) => `${e.displayName ?? 'a study buddy'} ${countdown(daysBetween(today, e.examDate))}`);
  return `Exams coming up: ${names.join(', ')}`;
}
