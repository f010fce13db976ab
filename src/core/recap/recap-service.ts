import type { Content } from '../../../content/load.js';
import type { ChannelPoster } from '../channel-poster.js';
import { mondayOf } from '../charts/periods.js';
import { deliverOnce } from '../daily/deliver-once.js';
import { addDays, instantOf, localParts } from '../daily/local-time.js';
import type { DailySchedule, ScheduleStore } from '../daily/schedule-store.js';
import { UserError } from '../errors.js';
import type { Clock, Logger } from '../ports.js';
import type { QuizStore } from '../quiz/quiz-store.js';
import type { Reply } from '../reply.js';
import type { Place, Platform } from '../request.js';
import type { SettingsStore } from '../study/settings-store.js';
import { recapFacts } from './recap-facts.js';
import { quietRecapReply, recapReply, sundayOf } from './recap-reply.js';
import { nextRecapAfter, recapDue, recapKey } from './recap-timing.js';
import { channelWeekChart } from './week-chart.js';

export interface RecapDeps {
  readonly quizStore: QuizStore;
  readonly settings: SettingsStore;
  readonly schedules: ScheduleStore;
  readonly posters: ReadonlyMap<Platform, ChannelPoster>;
  readonly content: Content;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly defaultTimeZone: string;
}

/** How far ahead the recap names exams: the ones members are revising for now. */
const EXAM_HORIZON_DAYS = 60;
const MINUTE = 60_000;

/**
 * The weekly recap: posted by the scheduler on Monday morning in every channel with the daily question
 * on, once per channel per week (the delivery ledger), and shown on demand with `/aws recap`.
 *
 * A week nobody answered gets no post: the daily question arrives that same morning anyway, and a
 * weekly "nothing happened" in a quiet channel is noise that gets a bot muted. The key is still marked
 * done ("skipped"), so no tick tries it again. `/aws recap` says kindly that the week was quiet.
 */
export class RecapService {
  constructor(private readonly deps: RecapDeps) {}

  /** Posts every recap that is due at `now`; safe to call any number of times, from any number of processes. */
  async tick(now: Date): Promise<void> {
    for (const schedule of await this.deps.schedules.enabledSchedules()) {
      if (!this.deps.posters.has(schedule.place.platform)) continue;
      try {
        await this.tickChannel(schedule, now);
      } catch (error) {
        this.deps.logger.error({ err: error, channel: schedule.place.channelId, platform: schedule.place.platform }, 'weekly recap failed');
      }
    }
  }

  /** The earliest minute after `after` at which `tick` could post a recap (never later than the real one). */
  async nextDueAfter(after: Date): Promise<Date | undefined> {
    let first: Date | undefined;
    for (const schedule of await this.deps.schedules.enabledSchedules()) {
      if (!this.deps.posters.has(schedule.place.platform)) continue;
      const monday = recapDue(schedule, after);
      // Due but not done (a refused send being retried): the sweep tries again next minute.
      const candidate = monday !== undefined && !(await this.deps.schedules.isDelivered(recapKey(schedule.place, monday)))
        ? new Date(Math.floor(after.getTime() / MINUTE) * MINUTE + MINUTE)
        : nextRecapAfter(schedule, after);
      if (first === undefined || candidate < first) first = candidate;
    }
    return first;
  }

  /** `/aws recap` (the last full week) or `/aws recap now` (this week so far), only for the member who asked. */
  async command(place: Place, words: readonly string[]): Promise<Reply> {
    const [which = 'last'] = words.map((w) => w.toLowerCase());
    if (which !== 'last' && which !== 'now') throw new UserError('bad-recap', 'Use `/aws recap` for last week, or `/aws recap now` for this week so far.');
    const zone = (await this.deps.schedules.schedule(place))?.timeZone ?? this.deps.defaultTimeZone;
    const today = localParts(this.deps.clock.now(), zone).date;
    const monday = which === 'now' ? mondayOf(today) : addDays(mondayOf(today), -7);
    const lastDay = which === 'now' ? today : sundayOf(monday);
    return await this.weekReply(place, monday, lastDay, zone, 'private') ?? quietRecapReply(monday, lastDay);
  }

  private async tickChannel(schedule: DailySchedule, now: Date): Promise<void> {
    const monday = recapDue(schedule, now);
    if (monday === undefined) return;
    const { place } = schedule;
    const key = recapKey(place, monday);
    // An instance without a front end for the platform leaves the channel to one that has it.
    const poster = this.deps.posters.get(place.platform);
    if (!poster) return;
    const context = { channel: place.channelId, platform: place.platform, what: 'weekly recap' };
    // Composed once the key is held; a week nobody answered in is recorded as skipped, and posts nothing.
    const outcome = await deliverOnce(this.deps, key, context,
      () => this.weekReply(place, monday, sundayOf(monday), schedule.timeZone, 'public'), (message) => poster.post(place, message));
    if (outcome === 'sent') this.deps.logger.info({ ...context, key }, 'weekly recap posted');
  }

  /** The recap of the local days `monday` to `lastDay`; undefined when nobody answered then. */
  private async weekReply(place: Place, monday: string, lastDay: string, timeZone: string, visibility: Reply['visibility']): Promise<Reply | undefined> {
    const { quizStore, settings, content } = this.deps;
    const start = instantOf(monday, 0, timeZone);
    const week = await quizStore.channelDailyAnswers(place, start, instantOf(addDays(lastDay, 1), 0, timeZone));
    if (week.length === 0) return undefined;
    const today = localParts(this.deps.clock.now(), timeZone).date;
    const [before, chart, exams] = await Promise.all([
      quizStore.channelDailyAnswers(place, instantOf(addDays(monday, -7), 0, timeZone), start),
      channelWeekChart(quizStore, place, monday, timeZone),
      settings.sharedExamDates({ platform: place.platform, workspaceId: place.workspaceId }, today, addDays(today, EXAM_HORIZON_DAYS)),
    ]);
    return recapReply({
      facts: recapFacts(week, before), monday, lastDay, today, exams, chart, visibility,
      topicName: (id) => content.byId.get(id)?.name ?? id,
    });
  }
}
