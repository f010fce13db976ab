import { fsrs } from 'ts-fsrs';
import type { Content } from '../../../content/load.js';
import { localParts, instantOf, addDays } from '../daily/local-time.js';
import type { Clock } from '../ports.js';
import { longDate } from '../present/dates.js';
import type { QuestionBank } from '../questions/question.js';
import { currentStreaks } from '../quiz/answer-rules.js';
import { parseCard } from '../quiz/practice-scheduler.js';
import type { QuizStore, Scope, Tally } from '../quiz/quiz-store.js';
import { reply, userMistake, type Reply } from '../reply.js';
import type { Actor, Place } from '../request.js';
import { DEFAULT_NEW_PER_DAY } from '../quiz/practice-picker.js';
import { calendarDate, countdown, daysBetween, latestExamDate } from './exam-date.js';
import { meReply, welcomeReply } from './me-reply.js';
import { lastWeeks } from '../charts/periods.js';
import { PROGRESS_WEEKS } from './progress-chart.js';
import { noProgressReply, progressReply } from './progress-reply.js';
import { assessReadiness, mergeTallies, type TopicEvidence } from './readiness.js';
import type { SettingsStore } from './settings-store.js';

export interface StudyDeps {
  readonly quizStore: QuizStore;
  readonly settings: SettingsStore;
  readonly bank: QuestionBank;
  readonly content: Content;
  readonly clock: Clock;
  /** The members' day (reviews due today, the exam countdown) is counted in this zone. */
  readonly timeZone: string;
  /** The channel's timezone, in which its weekly board rolls over. */
  readonly zoneOf?: (place: Place) => Promise<string>;
  /** More answered questions to count (mock exams), per topic and per exam domain. */
  readonly moreTallies?: (scope: Scope, memberId: string) => Promise<{ readonly byTopic: readonly Tally[]; readonly byDomain: readonly Tally[] }>;
  /** The workspace's channels with the daily question on, where streaks are counted. */
  readonly dailyChannels?: (scope: Scope) => Promise<readonly Place[]>;
}

/** What the dashboard offers to start; a front end maps each to where it can run (Slack: the member's DM). */
export const DASHBOARD_ACTIONS = { practice: 'home:practice', exam: 'home:exam' } as const;

const recallOf = fsrs({ enable_fuzz: false });
/** More than this a day is a cram, not spaced repetition. */
const MAX_NEW_PER_DAY = 20;

/** The member's study plan: readiness in `/aws me` and the exam date. */
export class StudyService {
  constructor(private readonly deps: StudyDeps) {}

  /** `/aws me`: points and streaks, readiness by domain and topic, what to study next, the countdown. */
  async me(actor: Actor, place: Place): Promise<Reply> {
    const { quizStore, settings, clock, content } = this.deps;
    const scope = { platform: place.platform, workspaceId: place.workspaceId };
    const now = clock.now();
    const [all, week, dailyFacts, practice, cards, mine, more] = await Promise.all([
      quizStore.standingOf(scope, 'all', now, actor.id),
      quizStore.standingOf(scope, 'week', now, actor.id, await this.deps.zoneOf?.(place) ?? this.deps.timeZone),
      quizStore.memberStats(place, actor.id, 'daily'),
      quizStore.memberStats(place, actor.id, 'practice'),
      quizStore.practiceCards(scope, actor.id),
      settings.settingsOf(scope, actor.id),
      this.deps.moreTallies?.(scope, actor.id) ?? Promise.resolve({ byTopic: [], byDomain: [] }),
    ]);
    const today = localParts(now, this.deps.timeZone).date;
    const exam = mine.examDate ? { date: mine.examDate, days: daysBetween(today, mine.examDate) } : undefined;
    const byTopic = mergeTallies(dailyFacts.byTopic, practice.byTopic, more.byTopic);
    // Each answer counts toward the exam domain of its own question, as in the mock exam's result.
    const byDomain = mergeTallies(dailyFacts.byDomain, practice.byDomain, more.byDomain);
    if (byTopic.length === 0 && cards.size === 0) return welcomeReply(exam);

    const domainOf = this.topicDomains();
    const evidence: TopicEvidence[] = [...new Set([...byTopic.map((t) => t.key), ...cards.keys()])].map((topicId) => {
      const tally = byTopic.find((t) => t.key === topicId);
      const json = cards.get(topicId);
      const card = json ? parseCard(json) : undefined;
      return {
        topicId, domain: domainOf.get(topicId) ?? 'technology-and-services', answered: tally?.answered ?? 0, correct: tally?.correct ?? 0,
        ...(card && card.reps > 0 ? { recall: recallOf.get_retrievability(card, now, false), dueAt: card.due, ...(card.last_review ? { lastPractised: card.last_review } : {}) } : {}),
      };
    });
    const endOfToday = instantOf(addDays(today, 1), 0, this.deps.timeZone);
    const readiness = assessReadiness(evidence, this.topicsByDomain(domainOf), new Date(endOfToday.getTime() - 1), byDomain);
    return meReply({
      readiness, now, exam,
      points: all ? { total: all.points, rank: all.rank, week: week?.points ?? 0 } : undefined,
      streaks: currentStreaks(dailyFacts.streaks),
      topicName: (id) => content.byId.get(id)?.name ?? id,
    });
  }

  /**
   * The member's dashboard away from any channel (Slack's Home tab): `/aws me` with buttons to start
   * practice or a mock exam. Streaks belong to a channel, so it shows the channel where the member's
   * current streak is longest.
   */
  async dashboard(actor: Actor, scope: Scope & { readonly platform: Place['platform'] }): Promise<Reply> {
    let where: Place = { platform: scope.platform, workspaceId: scope.workspaceId, channelId: '' };
    let longest = -1;
    for (const place of await this.deps.dailyChannels?.(scope) ?? []) {
      const streak = currentStreaks((await this.deps.quizStore.memberStats(place, actor.id, 'daily')).streaks).answerCurrent;
      if (streak > longest) [where, longest] = [place, streak];
    }
    const mine = await this.me(actor, where);
    return {
      ...mine,
      title: 'Your study dashboard',
      choices: [{ id: DASHBOARD_ACTIONS.practice, label: 'Practice question' }, { id: DASHBOARD_ACTIONS.exam, label: 'Mock exam (20 questions)' }],
    };
  }

  /** `/aws me chart`: accuracy per exam domain, week by week, as a picture. */
  async meChart(actor: Actor, place: Place): Promise<Reply> {
    const scope = { platform: place.platform, workspaceId: place.workspaceId };
    const today = localParts(this.deps.clock.now(), this.deps.timeZone).date;
    const weeks = lastWeeks(today, PROGRESS_WEEKS, this.deps.timeZone);
    const history = await this.deps.quizStore.memberDomainHistory(scope, actor.id, weeks.boundaries);
    return history.length === 0 ? noProgressReply() : progressReply(history, weeks.starts);
  }

  /** `/aws exam-date 2027-01-15 [show|hide]`, `/aws exam-date show|hide` or `/aws exam-date clear`. */
  async setExamDate(actor: Actor, place: Place, value: string | undefined): Promise<Reply> {
    const { settings, clock } = this.deps;
    const scope = { platform: place.platform, workspaceId: place.workspaceId };
    const now = clock.now();
    const today = localParts(now, this.deps.timeZone).date;
    const words = value?.trim().toLowerCase().split(/\s+/).filter((w) => w.length > 0) ?? [];
    const last = words.at(-1);
    const visibility = last === 'show' || last === 'hide' ? last : undefined;
    const text = (visibility ? words.slice(0, -1) : words).join(' ');
    if (visibility && text === '') return this.showExamDate(actor, place, visibility === 'show');
    if (text === '') {
      const mine = await settings.settingsOf(scope, actor.id);
      return mine.examDate
        ? reply({ text: `Your exam is on ${longDate(mine.examDate)}: ${countdown(daysBetween(today, mine.examDate))}. Change it with \`/aws exam-date YYYY-MM-DD\` or remove it with \`/aws exam-date clear\`.`, visibility: 'private' })
        : userMistake('You have not set an exam date yet. Set it like this: `/aws exam-date 2027-01-15`.');
    }
    if (text === 'clear' || text === 'none' || text === 'off') {
      await settings.saveSettings(scope, actor.id, { examDate: null }, now);
      return reply({ text: 'Done: I removed your exam date.', visibility: 'private', tone: 'success' });
    }
    const date = calendarDate(text);
    if (!date) return userMistake(`"${value?.trim().slice(0, 40)}" is not a date I can read. Use year-month-day, like \`/aws exam-date 2027-01-15\`.`);
    if (date < today) return userMistake(`${longDate(date)} has already passed. Pick a day from today on.`);
    if (date > latestExamDate(today)) return userMistake(`${longDate(date)} is more than a year away. Pick a day within the next year.`);
    // The name is stored with the date, so the daily post names the member as they are now.
    await settings.saveSettings(scope, actor.id, { examDate: date, displayName: actor.name, ...(visibility ? { showExamDate: visibility === 'show' } : {}) }, now);
    const days = daysBetween(today, date);
    const shown = visibility === 'show' ? ' The daily question and the weekly recap will count down with the group.' : visibility === 'hide' ? ' It stays private.' : '';
    return reply({
      text: `Good luck! Your exam is on ${longDate(date)}, ${countdown(days)}.${shown} \`/aws me\` counts down and shows how ready you are.`,
      visibility: 'private',
      tone: 'success',
    });
  }

  /** `/aws exam-date show|hide`: whether the daily question and the weekly recap name the member's exam. */
  private async showExamDate(actor: Actor, place: Place, show: boolean): Promise<Reply> {
    const scope = { platform: place.platform, workspaceId: place.workspaceId };
    const mine = await this.deps.settings.settingsOf(scope, actor.id);
    if (show && !mine.examDate) return userMistake('Set your exam day first, and show it in one go: `/aws exam-date 2027-01-15 show`.');
    await this.deps.settings.saveSettings(scope, actor.id, { showExamDate: show, displayName: actor.name }, this.deps.clock.now());
    return reply({
      text: show
        ? 'Done: the daily question and the weekly recap count down to your exam with the group. `/aws exam-date hide` takes it out.'
        : 'Done: your exam date stays private now; only `/aws me` shows it. `/aws exam-date show` shares it again.',
      visibility: 'private', tone: 'success',
    });
  }

  /** The member's practice settings: new topics a day, and the day counted in the workspace's zone. */
  async practiceOptions(actor: Actor, place: Place): Promise<{ newPerDay?: number; timeZone: string }> {
    const mine = await this.deps.settings.settingsOf({ platform: place.platform, workspaceId: place.workspaceId }, actor.id);
    return { ...(mine.newTopicsPerDay !== undefined ? { newPerDay: mine.newTopicsPerDay } : {}), timeZone: this.deps.timeZone };
  }

  /** `/aws new-topics 3`: how many new topics practice brings in a day; `default` goes back to 5. */
  async setNewTopicsPerDay(actor: Actor, place: Place, value: string | undefined): Promise<Reply> {
    const scope = { platform: place.platform, workspaceId: place.workspaceId };
    const text = value?.trim().toLowerCase() ?? '';
    if (text === '') {
      const mine = await this.deps.settings.settingsOf(scope, actor.id);
      return reply({ text: `Practice brings up to ${mine.newTopicsPerDay ?? DEFAULT_NEW_PER_DAY} new topics a day. Change it with \`/aws new-topics <0 to ${MAX_NEW_PER_DAY}>\`.`, visibility: 'private' });
    }
    if (text === 'default' || text === 'reset') {
      await this.deps.settings.saveSettings(scope, actor.id, { newTopicsPerDay: null }, this.deps.clock.now());
      return reply({ text: `Done: back to ${DEFAULT_NEW_PER_DAY} new topics a day.`, visibility: 'private', tone: 'success' });
    }
    const n = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isInteger(n) || n > MAX_NEW_PER_DAY) return userMistake(`Give a whole number from 0 to ${MAX_NEW_PER_DAY}, like \`/aws new-topics 3\`.`);
    await this.deps.settings.saveSettings(scope, actor.id, { newTopicsPerDay: n }, this.deps.clock.now());
    return reply({
      text: n === 0 ? 'Done: practice brings only reviews from now on, no new topics.' : `Done: practice brings up to ${n} new topic${n === 1 ? '' : 's'} a day, between your reviews.`,
      visibility: 'private', tone: 'success',
    });
  }

  /** Each topic's exam domain: the one most of its questions are in. */
  private topicDomains(): Map<string, string> {
    const counts = new Map<string, Map<string, number>>();
    for (const q of this.deps.bank.all) {
      const perDomain = counts.get(q.topicId) ?? new Map<string, number>();
      perDomain.set(q.domain, (perDomain.get(q.domain) ?? 0) + 1);
      counts.set(q.topicId, perDomain);
    }
    return new Map([...counts].map(([topic, perDomain]) => [topic, [...perDomain].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '']));
  }

  private topicsByDomain(domainOf: ReadonlyMap<string, string>): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [topic, domain] of domainOf) out.set(domain, [...(out.get(domain) ?? []), topic]);
    return out;
  }
}
