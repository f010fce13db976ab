import type { QuizStore } from '../quiz/quiz-store.js';
import type { Place } from '../request.js';
import { addDays, instantOf, localParts } from './local-time.js';
import type { ScheduleStore } from './schedule-store.js';

export interface NextDueDeps {
  readonly schedules: ScheduleStore;
  readonly quizStore: QuizStore;
  readonly canPost: (place: Place) => boolean;
  /** A sent message whose record has not landed yet: every tick retries it. */
  readonly pendingRecords: boolean;
}

const MINUTE = 60_000;
/** "Overdue at the end of time" lists every open daily question, whatever its closing time. */
const END_OF_TIME = new Date('9999-12-31T23:59:59Z');

/** The first minute boundary at or after `instant`: the scheduler's sweep only fires on those. */
const minuteAtOrAfter = (instant: Date) => new Date(Math.ceil(instant.getTime() / MINUTE) * MINUTE);

/**
 * The earliest minute after `after` at which DailyService.tick could have something to do: a post
 * time, a reveal time, or the next minute while something is being retried. It may be early (a tick
 * with nothing to do is harmless) but never late, so a caller that jumps from one such minute to the
 * next does what minute-by-minute ticking would do. Undefined when nothing is scheduled at all.
 */
export async function nextDailyDueAfter(after: Date, deps: NextDueDeps): Promise<Date | undefined> {
  const nextMinute = new Date(Math.floor(after.getTime() / MINUTE) * MINUTE + MINUTE);
  if (deps.pendingRecords) return nextMinute;
  const candidates: Date[] = [];
  for (const open of await deps.quizStore.overdueReveals(END_OF_TIME)) {
    if (!deps.canPost(open.place)) continue;
    // Already overdue means a reveal that failed: the sweep retries it every minute.
    candidates.push(open.closesAt > after ? minuteAtOrAfter(open.closesAt) : nextMinute);
  }
  for (const schedule of await deps.schedules.enabledSchedules()) {
    if (!deps.canPost(schedule.place)) continue;
    const today = localParts(after, schedule.timeZone).date;
    for (const date of [addDays(today, -1), today, addDays(today, 1)]) {
      const postAt = instantOf(date, schedule.postAtMinutes, schedule.timeZone);
      if (postAt > after) {
        candidates.push(postAt);
        continue;
      }
      const closesAt = new Date(postAt.getTime() + schedule.revealAfterMinutes * MINUTE);
      // Inside the window but not out yet (a failed or missed send): the sweep tries every minute.
      if (after < closesAt && !(await postedFor(deps, schedule.place, date))) candidates.push(nextMinute);
    }
  }
  return candidates.reduce<Date | undefined>((first, c) => (first === undefined || c < first ? c : first), undefined);
}

async function postedFor(deps: NextDueDeps, place: Place, localDate: string): Promise<boolean> {
  const latest = await deps.quizStore.latestDaily(place);
  if (latest?.localDate !== localDate) return false;
  return deps.schedules.isDelivered(`post:${latest.postId}`);
}
