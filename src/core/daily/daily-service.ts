import type { ChannelPoster } from '../channel-poster.js';
import { UserError } from '../errors.js';
import type { Clock, Logger } from '../ports.js';
import type { QuestionBank } from '../questions/question.js';
import type { QuizService } from '../quiz/quiz-service.js';
import type { QuizStore } from '../quiz/quiz-store.js';
import { reply, type Reply } from '../reply.js';
import type { Actor, Place, Platform } from '../request.js';
import { DEFAULT_POST_AT, DEFAULT_REVEAL_AFTER, describeSettings, parseDailySettings } from './daily-settings.js';
import { addDays, formatMinutes, instantOf, localParts } from './local-time.js';
import { askableDaily, pickDailyQuestion, RECENT_TOPICS_AVOIDED } from './question-picker.js';
import type { DailySchedule, ScheduleStore } from './schedule-store.js';

export interface DailyDeps {
  readonly quiz: QuizService;
  readonly quizStore: QuizStore;
  readonly schedules: ScheduleStore;
  readonly bank: QuestionBank;
  readonly posters: ReadonlyMap<Platform, ChannelPoster>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly defaultTimeZone: string;
  /** Told when a channel's schedule changes, so the cron jobs can follow. */
  readonly onScheduleChange?: () => void;
}

/** How long a claimed delivery may stay unfinished before another attempt may take it over. */
const DELIVERY_LEASE_MS = 2 * 60_000;

/**
 * The daily question's rules: settings, posting once per channel per local day, catching up after
 * downtime, and revealing once. Driven by the scheduler's ticks and by `/aws daily …` commands.
 */
export class DailyService {
  constructor(private readonly deps: DailyDeps) {}

  /** `/aws daily <on|off|status|now|reveal> …` */
  async command(actor: Actor, place: Place, words: readonly string[]): Promise<Reply> {
    const [action = 'status', ...rest] = words;
    if (action !== 'status' && !actor.isAdmin) {
      throw new UserError('not-admin', 'Only admins can change the daily question. `/aws daily status` shows the current settings.');
    }
    switch (action) {
      case 'on': return this.turnOn(actor, place, rest);
      case 'off': return this.turnOff(actor, place);
      case 'status': return this.status(place);
      case 'now': return this.postNow(place);
      case 'reveal': return this.revealNow(place);
      default:
        throw new UserError('bad-daily', 'Use `/aws daily on [HH:MM] [timezone] [reveal after]`, `off`, `status`, `now` or `reveal`, e.g. `/aws daily on 09:00 Europe/Berlin 8h`.');
    }
  }

  private turnOn(actor: Actor, place: Place, words: readonly string[]): Reply {
    this.requirePoster(place);
    const existing = this.deps.schedules.schedule(place);
    const settings = parseDailySettings(words, existing ?? {
      postAtMinutes: DEFAULT_POST_AT, timeZone: this.deps.defaultTimeZone, revealAfterMinutes: DEFAULT_REVEAL_AFTER,
    });
    this.deps.schedules.saveSchedule({ place, enabled: true, ...settings, updatedBy: actor.id, updatedAt: this.deps.clock.now() });
    this.deps.onScheduleChange?.();
    const schedule = this.deps.schedules.schedule(place);
    return reply({
      title: 'Daily question is on',
      text: `Every day at ${describeSettings(settings)}.${schedule ? ` Next question: ${this.nextPostText(schedule)}.` : ''}`,
      footer: 'Change it with /aws daily on HH:MM Area/City 8h; stop with /aws daily off.',
      visibility: 'public',
      tone: 'success',
    });
  }

  private turnOff(actor: Actor, place: Place): Reply {
    const existing = this.deps.schedules.schedule(place);
    if (!existing?.enabled) return reply({ text: 'The daily question is already off in this channel.', visibility: 'private' });
    this.deps.schedules.saveSchedule({ ...existing, enabled: false, updatedBy: actor.id, updatedAt: this.deps.clock.now() });
    this.deps.onScheduleChange?.();
    return reply({ text: 'The daily question is off. Scores and streaks are kept; `/aws daily on` brings it back.', visibility: 'public' });
  }

  private status(place: Place): Reply {
    const schedule = this.deps.schedules.schedule(place);
    const latest = this.deps.schedules.latestDaily(place);
    const lines: string[] = [];
    if (!schedule?.enabled) {
      lines.push(`The daily question is off here. An admin can start it with \`/aws daily on\` (default ${describeSettings({ postAtMinutes: DEFAULT_POST_AT, timeZone: this.deps.defaultTimeZone, revealAfterMinutes: DEFAULT_REVEAL_AFTER })}).`);
    } else {
      lines.push(`On: every day at ${describeSettings(schedule)}.`, `Next question: ${this.nextPostText(schedule)}.`);
    }
    if (latest) {
      const open = !latest.revealedAt;
      const zone = schedule?.timeZone ?? this.deps.defaultTimeZone;
      lines.push(open && latest.closesAt
        ? `Open question from ${latest.localDate}: revealed at ${this.localText(latest.closesAt, zone)}.`
        : `Last question: ${latest.localDate} (revealed).`);
    }
    return reply({ title: 'Daily question', text: lines.join('\n'), visibility: 'private' });
  }

  private async postNow(place: Place): Promise<Reply> {
    this.requirePoster(place);
    const schedule = this.deps.schedules.schedule(place);
    const zone = schedule?.timeZone ?? this.deps.defaultTimeZone;
    const revealAfter = schedule?.revealAfterMinutes ?? DEFAULT_REVEAL_AFTER;
    const now = this.deps.clock.now();
    const today = localParts(now, zone).date;
    const result = await this.ensurePosted(place, today, new Date(now.getTime() + revealAfter * 60_000));
    if (result === 'already') {
      return reply({ text: `Today's question (${today}) is already out; there is one per day. \`/aws daily reveal\` closes it now.`, visibility: 'private', tone: 'warning' });
    }
    if (result === 'failed') {
      return reply({ text: 'I could not post the question in this channel. Check that I am a member of it and may post, then try again.', visibility: 'private', tone: 'error' });
    }
    return reply({ text: `Posted today's question. It is revealed in ${Math.round(revealAfter / 60 * 10) / 10} h, or sooner with \`/aws daily reveal\`.`, visibility: 'private', tone: 'success' });
  }

  private async revealNow(place: Place): Promise<Reply> {
    const latest = this.deps.schedules.latestDaily(place);
    if (!latest || latest.revealedAt) {
      return reply({ text: 'There is no open daily question in this channel. `/aws daily now` posts one.', visibility: 'private', tone: 'warning' });
    }
    this.deps.quizStore.closeNow(latest.postId, this.deps.clock.now());
    const done = await this.deliverReveal(latest.postId, place);
    return reply({ text: done ? 'Revealed.' : 'I could not post the reveal in this channel; I will try again shortly.', visibility: 'private', tone: done ? 'success' : 'error' });
  }

  /** The channel's daily question if it is still open for answers. */
  openQuestion(place: Place): Reply | undefined {
    const latest = this.deps.schedules.latestDaily(place);
    return latest ? this.deps.quiz.openQuestionReply(latest.postId) : undefined;
  }

  /**
   * One pass of the clock: posts every question that is due (including ones missed while the bot was
   * down, if their answer window is still open) and reveals every question whose window has ended.
   * Safe to call any number of times, from any number of processes.
   */
  async tick(now: Date = this.deps.clock.now()): Promise<void> {
    for (const schedule of this.deps.schedules.enabledSchedules()) {
      try {
        await this.tickChannel(schedule, now);
      } catch (error) {
        this.deps.logger.error({ err: error, channel: schedule.place.channelId, platform: schedule.place.platform }, 'daily post failed');
      }
    }
    for (const open of this.deps.schedules.overdueReveals(now)) {
      try {
        await this.deliverReveal(open.postId, open.place);
      } catch (error) {
        this.deps.logger.error({ err: error, post: open.postId }, 'daily reveal failed');
      }
    }
  }

  private async tickChannel(schedule: DailySchedule, now: Date): Promise<void> {
    const { date: today } = localParts(now, schedule.timeZone);
    // Yesterday's window may still be open (a late post time plus a long reveal), so look at both.
    for (const date of [addDays(today, -1), today]) {
      const postAt = instantOf(date, schedule.postAtMinutes, schedule.timeZone);
      const closesAt = new Date(postAt.getTime() + schedule.revealAfterMinutes * 60_000);
      if (now < postAt || now >= closesAt) continue;
      await this.ensurePosted(schedule.place, date, closesAt, () => this.missedNote(schedule, date));
    }
  }

  /**
   * Days the schedule was on but no question went out (the bot was down through the whole window).
   * They are never filled in late, but never skipped silently either: the next question says so.
   */
  private missedNote(schedule: DailySchedule, localDate: string): string | undefined {
    const latest = this.deps.schedules.latestDaily(schedule.place);
    const since = localParts(schedule.updatedAt, schedule.timeZone).date;
    const from = latest && latest.localDate > since ? addDays(latest.localDate, 1) : addDays(since, 1);
    if (latest?.localDate === localDate || from >= localDate) return undefined;
    const last = addDays(localDate, -1);
    this.deps.logger.warn({ channel: schedule.place.channelId, platform: schedule.place.platform, from, to: last }, 'daily questions missed while the bot was down');
    const span = from === last ? from : `${from} to ${last}`;
    return `I was offline on ${span}, so no question went out then. Sorry! Missed days don't break anyone's streak.`;
  }

  /** Posts the channel's question for `localDate` unless it exists; sends it unless already sent. */
  private async ensurePosted(place: Place, localDate: string, closesAt: Date, noteFor?: () => string | undefined): Promise<'posted' | 'already' | 'failed' | 'busy'> {
    const { quiz, schedules, bank } = this.deps;
    const latest = schedules.latestDaily(place);
    if (latest?.localDate === localDate && schedules.isDelivered(`post:${latest.postId}`)) return 'already';
    const note = latest?.localDate === localDate ? undefined : noteFor?.();
    const question = pickDailyQuestion(
      askableDaily(bank.all, this.deps.quizStore.reportedQuestions()), schedules.askedQuestionIds(place), schedules.recentTopics(place, RECENT_TOPICS_AVOIDED),
      schedules.channelTopicTallies(place), `${place.platform}:${place.workspaceId}:${place.channelId}:${localDate}`,
    );
    if (!question) throw new Error('the question bank is empty');
    const { post, reply: message } = quiz.postChannelQuestion(place, { localDate, question, closesAt });
    const key = `post:${post.id}`;
    if (schedules.isDelivered(key)) return 'already';
    const now = this.deps.clock.now();
    if (!schedules.claimDelivery(key, now, DELIVERY_LEASE_MS)) return 'busy';
    try {
      const text = note ? { ...message, text: `${note}\n\n${message.text}` } : message;
      const { messageRef } = await this.requirePoster(place).post(place, text);
      this.deps.quizStore.setMessageRef(post.id, messageRef);
      schedules.completeDelivery(key, this.deps.clock.now(), 'sent');
      this.deps.logger.info({ post: post.id, localDate, channel: place.channelId, platform: place.platform }, 'daily question posted');
      return 'posted';
    } catch (error) {
      schedules.releaseDelivery(key);
      this.deps.logger.warn({ err: error, post: post.id, channel: place.channelId, platform: place.platform }, 'daily question not delivered; will retry');
      return 'failed';
    }
  }

  private async deliverReveal(postId: string, place: Place): Promise<boolean> {
    const { quiz, schedules, quizStore } = this.deps;
    const key = `reveal:${postId}`;
    const now = this.deps.clock.now();
    if (schedules.isDelivered(key) || !schedules.claimDelivery(key, now, DELIVERY_LEASE_MS)) return false;
    const post = quizStore.getPost(postId);
    const message = quiz.revealReply(postId);
    const closed = quiz.closedQuestionReply(postId);
    if (!post || !message || !closed || !post.messageRef) {
      // The question never reached the channel: close it quietly rather than reveal an unseen question.
      quizStore.markRevealed(postId, now);
      schedules.completeDelivery(key, now, 'skipped');
      this.deps.logger.warn({ post: postId, channel: place.channelId }, 'daily question was never delivered; closed without a reveal');
      return false;
    }
    try {
      const poster = this.requirePoster(place);
      await poster.post(place, message);
      quizStore.markRevealed(postId, this.deps.clock.now());
      schedules.completeDelivery(key, this.deps.clock.now(), 'sent');
      // Closing the buttons is a courtesy: a failure here must not undo the reveal.
      await poster.update(place, post.messageRef, closed).catch((error: unknown) => {
        this.deps.logger.warn({ err: error, post: postId }, 'could not close the question message');
      });
      return true;
    } catch (error) {
      schedules.releaseDelivery(key);
      this.deps.logger.warn({ err: error, post: postId, channel: place.channelId }, 'reveal not delivered; will retry');
      return false;
    }
  }

  private requirePoster(place: Place): ChannelPoster {
    const poster = this.deps.posters.get(place.platform);
    if (!poster) throw new UserError('no-poster', 'The daily question is not available on this front end.');
    return poster;
  }

  private nextPostText(schedule: DailySchedule): string {
    const now = this.deps.clock.now();
    const today = localParts(now, schedule.timeZone).date;
    let next = instantOf(today, schedule.postAtMinutes, schedule.timeZone);
    if (next <= now) next = instantOf(addDays(today, 1), schedule.postAtMinutes, schedule.timeZone);
    return this.localText(next, schedule.timeZone);
  }

  private localText(instant: Date, timeZone: string): string {
    const parts = localParts(instant, timeZone);
    return `${parts.date} ${formatMinutes(parts.minutes)} (${timeZone})`;
  }
}
