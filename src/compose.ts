import { randomUUID } from 'node:crypto';
import type { Content } from '../content/load.js';
import type { ChannelPoster } from './core/channel-poster.js';
import { DailyService } from './core/daily/daily-service.js';
import type { Clock, Logger } from './core/ports.js';
import { buildQuestionBank } from './core/questions/build-bank.js';
import { lazyBank } from './core/questions/lazy-bank.js';
import type { QuestionBank } from './core/questions/question.js';
import { QuizService } from './core/quiz/quiz-service.js';
import { StudyService } from './core/study/study-service.js';
import { examCountdownLine } from './core/study/exam-countdown.js';
import { ReminderService } from './core/remind/reminder-service.js';
import { ExamService } from './core/exam/exam-service.js';
import { RecapService } from './core/recap/recap-service.js';
import type { ExamStore } from './core/exam/exam-store.js';
import type { Place, Platform } from './core/request.js';
import { Studybot } from './core/studybot.js';
import { DailyScheduler, type CronApi } from './scheduler/daily-scheduler.js';
import type { ScheduleStore } from './core/daily/schedule-store.js';
import type { QuizStore } from './core/quiz/quiz-store.js';
import type { Stores } from './store/open-stores.js';

export interface Assembly {
  readonly bot: Studybot;
  readonly bank: QuestionBank;
  readonly quiz: QuizService;
  readonly study: StudyService;
  readonly daily: DailyService;
  readonly scheduler: DailyScheduler;
  readonly quizStore: QuizStore;
  readonly scheduleStore: ScheduleStore;
  readonly exam: ExamService;
  readonly examStore: ExamStore;
  readonly recap: RecapService;
  readonly remind: ReminderService;
  /**
   * One pass of everything timed at `now`, serialised with the cron fires. The scheduler's fires and
   * the console's time travel both call it: weekly recaps, daily questions, mock exam deadlines and
   * members' reminders.
   */
  readonly tickAll: (now: Date) => Promise<void>;
  /** The earliest minute after `after` at which tickAll could have work (never later than the real one). */
  readonly nextDueAfter: (after: Date) => Promise<Date | undefined>;
}

export interface AssemblyDeps {
  readonly content: Content;
  /** The quiz, schedule and exam stores: SQLite (src/store/open-stores.ts) or PostgreSQL. */
  readonly stores: Stores;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly posters: ReadonlyMap<Platform, ChannelPoster>;
  readonly defaultTimeZone: string;
  readonly newId?: () => string;
  readonly cron?: CronApi;
  readonly bank?: QuestionBank;
  /** Shuffles exam papers; Math.random unless a test wants a fixed paper. */
  readonly random?: () => number;
}

/**
 * Wires the core to the store and the scheduler. main.ts and the tests build the bot the same way, so
 * what the tests drive is what users run.
 */
export function assemble(deps: AssemblyDeps): Assembly {
  const bank = deps.bank ?? lazyBank(() => buildQuestionBank(deps.content), (built) => {
    // The engine drops what it cannot prove; tests keep this at zero, production says so if not.
    if (built.problems.length > 0) deps.logger.warn({ dropped: built.problems.length, first: built.problems[0] }, 'question bank: some questions failed their proof and are left out');
  });
  const { quiz: quizStore, schedules: scheduleStore, exams: examStore } = deps.stores;
  // A channel's boards roll over in its own timezone: its schedule's, else the default.
  const zoneOf = async (place: Place) => (await scheduleStore.schedule(place))?.timeZone ?? deps.defaultTimeZone;
  const quiz = new QuizService({ store: quizStore, bank, content: deps.content, clock: deps.clock, newId: deps.newId ?? randomUUID, zoneOf });
  const exam = new ExamService({ store: examStore, bank, content: deps.content, clock: deps.clock, newId: deps.newId ?? randomUUID, random: deps.random ?? Math.random });
  let scheduler: DailyScheduler | undefined;
  const daily = new DailyService({
    quiz, quizStore, schedules: scheduleStore, bank, posters: deps.posters, clock: deps.clock, logger: deps.logger,
    defaultTimeZone: deps.defaultTimeZone, onScheduleChange: () => void scheduler?.sync(),
    channelLine: (place, localDate) => examCountdownLine(deps.stores.settings, place, localDate),
  });
  const remind = new ReminderService({
    settings: deps.stores.settings, quizStore, schedules: scheduleStore, posters: deps.posters, clock: deps.clock, logger: deps.logger,
    defaultTimeZone: deps.defaultTimeZone,
  });
  const recap = new RecapService({
    quizStore, settings: deps.stores.settings, schedules: scheduleStore, posters: deps.posters, content: deps.content,
    clock: deps.clock, logger: deps.logger, defaultTimeZone: deps.defaultTimeZone,
  });
  // Every timed feature in one pass; a new one adds its tick here and its next due time below. They fail
  // apart: a broken channel never keeps mock exams from being submitted at their deadline.
  const everyTick = async (now: Date) => {
    // The recap first: on a Monday whose daily question is due before 08:30, it goes just before it.
    await recap.tick(now).catch((error: unknown) => deps.logger.error({ err: error }, 'recap tick failed'));
    await daily.tick(now).catch((error: unknown) => deps.logger.error({ err: error }, 'daily tick failed'));
    // A mock exam past its deadline is submitted (as of its deadline) by the first tick after it, so
    // it needs no due time of its own below.
    await exam.finishExpired(now).catch((error: unknown) => deps.logger.error({ err: error }, 'finishing expired exams failed'));
    // After the daily post, so a streak reminder in the same minute sees today's question open.
    await remind.tick(now).catch((error: unknown) => deps.logger.error({ err: error }, 'reminder tick failed'));
  };
  const nextDueAfter = async (after: Date) => {
    const due = (await Promise.all([daily.nextDueAfter(after), recap.nextDueAfter(after), remind.nextDueAfter(after)]))
      .filter((d): d is Date => d !== undefined);
    return due.length === 0 ? undefined : new Date(Math.min(...due.map((d) => d.getTime())));
  };
  const timed = { tick: (now?: Date) => everyTick(now ?? deps.clock.now()) };
  const cronScheduler = new DailyScheduler({ daily: timed, schedules: scheduleStore, logger: deps.logger, ...(deps.cron ? { cron: deps.cron } : {}) });
  scheduler = cronScheduler;
  const tickAll = (now: Date) => cronScheduler.tick('tick', now);
  const study = new StudyService({
    zoneOf,
    quizStore, settings: deps.stores.settings, bank, content: deps.content, clock: deps.clock, timeZone: deps.defaultTimeZone,
    // Mock exams count toward personal readiness (never toward the channel leaderboard).
    moreTallies: (scope, memberId) => examStore.examTallies(scope, memberId),
    dailyChannels: async (scope) => (await scheduleStore.enabledSchedules())
      .filter((s) => s.place.platform === scope.platform && s.place.workspaceId === scope.workspaceId).map((s) => s.place),
  });
  const bot = new Studybot({ content: deps.content, logger: deps.logger, clock: deps.clock, quiz, daily, study, exam, recap, remind, bank });
  return { bot, bank, quiz, daily, study, exam, examStore, recap, remind, scheduler: cronScheduler, quizStore, scheduleStore, tickAll, nextDueAfter };
}
