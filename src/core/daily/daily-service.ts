import type { ChannelPoster } from '../channel-poster.js';
import { UserError } from '../errors.js';
import type { Clock, Logger } from '../ports.js';
import type { QuestionBank } from '../questions/question.js';
import type { QuizService } from '../quiz/quiz-service.js';
import { awardsIn } from '../quiz/answer-rules.js';
import type { QuizStore } from '../quiz/quiz-store.js';
import { reply, type Reply } from '../reply.js';
import type { Actor, Place, Platform } from '../request.js';
import { DEFAULT_POST_AT, DEFAULT_REVEAL_AFTER, describeSettings, parseDailySettings } from './daily-settings.js';
import { addDays, formatMinutes, instantOf, localParts } from './local-time.js';
import { nextDailyDueAfter } from './next-due.js';
import { askableDaily, pickDailyQuestion, RECENT_TOPICS_AVOIDED } from './question-picker.js';
import type { DailySchedule, DeliveryClaim, ScheduleStore } from './schedule-store.js';

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
  /** A line for the channel's question of `localDate` (the exam countdown), if there is one to add. */
  readonly channelLine?: (place: Place, localDate: string) => Promise<string | undefined>;
}

/** How long a claimed delivery may stay unfinished before another attempt may take it over. */
const DELIVERY_LEASE_MS = 2 * 60_000;
/** Tries before a message the platform keeps refusing is given up (a tick a minute: about five minutes). */
export const MAX_ATTEMPTS = 5;

type RevealOutcome = 'sent' | 'already' | 'busy' | 'skipped' | 'failed' | 'given-up' | 'uncertain';

/** What the admin who asked for a reveal is told: only what really happened. */
const REVEAL_SAYS: Record<RevealOutcome, { text: string; tone: 'success' | 'warning' | 'error' }> = {
  sent: { text: 'Revealed.', tone: 'success' },
  already: { text: 'This question has already been revealed.', tone: 'warning' },
  busy: { text: 'The reveal is being posted right now; it will be in the channel in a moment.', tone: 'warning' },
  skipped: { text: 'The question never reached the channel, so I closed it without a reveal.', tone: 'warning' },
  failed: { text: 'I could not post the reveal in this channel. I will try again in a minute, a few times; check that I may post here.', tone: 'error' },
  'given-up': { text: `I could not post the reveal after ${MAX_ATTEMPTS} tries, so I stopped trying. The answers still count; check that I may post here.`, tone: 'error' },
  uncertain: { text: 'An earlier attempt was cut off while posting the reveal, so it may already be in the channel; I will not post it twice. The answers count.', tone: 'warning' },
};

/** Attempts to record a message that went out, with a growing pause, before the tick takes over. */
const RECORD_TRIES = 4;
const RECORD_PAUSE_MS = 250;

/**
 * The daily question's rules: settings, posting once per channel per local day, catching up after
 * downtime, and revealing once. Driven by the scheduler's ticks and by `/aws daily …` commands.
 */
export class DailyService {
  private readonly unrecorded = new Map<string, () => Promise<void>>();

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

  private async turnOn(actor: Actor, place: Place, words: readonly string[]): Promise<Reply> {
    this.requirePoster(place);
    const existing = await this.deps.schedules.schedule(place);
    const settings = parseDailySettings(words, existing ?? {
      postAtMinutes: DEFAULT_POST_AT, timeZone: this.deps.defaultTimeZone, revealAfterMinutes: DEFAULT_REVEAL_AFTER,
    });
    await this.deps.schedules.saveSchedule({ place, enabled: true, ...settings, updatedBy: actor.id, updatedAt: this.deps.clock.now() });
    this.deps.onScheduleChange?.();
    const schedule = await this.deps.schedules.schedule(place);
    return reply({
      title: 'Daily question is on',
      text: `Every day at ${describeSettings(settings)}.${schedule ? ` Next question: ${this.nextPostText(schedule)}.` : ''}`,
      footer: 'Change it with /aws daily on HH:MM Area/City 8h; stop with /aws daily off.',
      visibility: 'public',
      tone: 'success',
    });
  }

  private async turnOff(actor: Actor, place: Place): Promise<Reply> {
    const existing = await this.deps.schedules.schedule(place);
    if (!existing?.enabled) return reply({ text: 'The daily question is already off in this channel.', visibility: 'private' });
    await this.deps.schedules.saveSchedule({ ...existing, enabled: false, updatedBy: actor.id, updatedAt: this.deps.clock.now() });
    this.deps.onScheduleChange?.();
    return reply({ text: 'The daily question is off. Scores and streaks are kept; `/aws daily on` brings it back.', visibility: 'public' });
  }

  private async status(place: Place): Promise<Reply> {
    const schedule = await this.deps.schedules.schedule(place);
    const latest = await this.deps.quizStore.latestDaily(place);
    const lines: string[] = [];
    if (!schedule?.enabled) {
      lines.push(`The daily question is off here. An admin can start it with \`/aws daily on\` (default ${describeSettings({ postAtMinutes: DEFAULT_POST_AT, timeZone: this.deps.defaultTimeZone, revealAfterMinutes: DEFAULT_REVEAL_AFTER })}).`);
    } else {
      lines.push(`On: every day at ${describeSettings(schedule)}.`, `Next question: ${this.nextPostText(schedule, latest?.localDate)}.`);
    }
    if (latest) {
      for (const [key, what] of [[`post:${latest.postId}`, 'question'], [`reveal:${latest.postId}`, 'reveal']] as const) {
        const outcome = (await this.deps.schedules.deliveryState(key))?.outcome;
        if (outcome === 'undeliverable') lines.push(`⚠️ The ${what} of ${latest.localDate} could not be posted after ${MAX_ATTEMPTS} tries; check that I may post here.`);
        if (outcome === 'uncertain') lines.push(`⚠️ Posting the ${what} of ${latest.localDate} was cut off; it may be in the channel, and I did not post it twice.`);
        if (outcome === 'abandoned') lines.push(`The ${what} of ${latest.localDate} was failing when the daily question was switched off, so I stopped trying.`);
      }
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
    const schedule = await this.deps.schedules.schedule(place);
    const zone = schedule?.timeZone ?? this.deps.defaultTimeZone;
    const revealAfter = schedule?.revealAfterMinutes ?? DEFAULT_REVEAL_AFTER;
    const now = this.deps.clock.now();
    const today = localParts(now, zone).date;
    const result = await this.ensurePosted(place, today, new Date(now.getTime() + revealAfter * 60_000));
    if (result === 'already') {
      const latest = await this.deps.quizStore.latestDaily(place);
      const after = schedule ? ` The next one goes out ${this.nextPostText(schedule, today)}.` : '';
      return reply({
        text: latest?.revealedAt
          ? `Today's question (${today}) has been posted and revealed already; there is one per day.${after}`
          : `Today's question (${today}) is already out; there is one per day. \`/aws daily reveal\` closes it now.`,
        visibility: 'private', tone: 'warning',
      });
    }
    if (result === 'given-up') {
      return reply({ text: `I could not post today's question here after ${MAX_ATTEMPTS} tries, so I stopped trying. Check that I am a member of this channel and may post; tomorrow's goes out as usual.`, visibility: 'private', tone: 'error' });
    }
    if (result === 'failed') {
      return reply({ text: 'I could not post the question in this channel. Check that I am a member of it and may post, then try again.', visibility: 'private', tone: 'error' });
    }
    return reply({ text: `Posted today's question. It is revealed in ${Math.round(revealAfter / 60 * 10) / 10} h, or sooner with \`/aws daily reveal\`.`, visibility: 'private', tone: 'success' });
  }

  private async revealNow(place: Place): Promise<Reply> {
    const latest = await this.deps.quizStore.latestDaily(place);
    if (!latest || latest.revealedAt) {
      const schedule = await this.deps.schedules.schedule(place);
      const today = localParts(this.deps.clock.now(), schedule?.timeZone ?? this.deps.defaultTimeZone).date;
      if (latest?.localDate === today) {
        const after = schedule?.enabled ? ` The next one goes out ${this.nextPostText(schedule, today)}.` : '';
        return reply({ text: `Today's question has been revealed already.${after}`, visibility: 'private', tone: 'warning' });
      }
      return reply({ text: 'There is no open daily question in this channel. `/aws daily now` posts one.', visibility: 'private', tone: 'warning' });
    }
    await this.deps.quizStore.closeNow(latest.postId, this.deps.clock.now());
    const outcome = await this.deliverReveal(latest.postId, place);
    const said = REVEAL_SAYS[outcome];
    return reply({ text: said.text, visibility: 'private', tone: said.tone });
  }

  /** The channel's daily question if it is still open for answers. */
  async openQuestion(place: Place): Promise<Reply | undefined> {
    const latest = await this.deps.quizStore.latestDaily(place);
    return latest ? this.deps.quiz.openQuestionReply(latest.postId) : undefined;
  }

  /**
   * One pass of the clock: posts every question that is due (including ones missed while the bot was
   * down, if their answer window is still open) and reveals every question whose window has ended.
   * Safe to call any number of times, from any number of processes.
   */
  async tick(now: Date = this.deps.clock.now()): Promise<void> {
    await this.flushUnrecorded();
    // A process without a front end for a platform (a Discord-only instance, the console) leaves that
    // platform's channels to the instances that can post there: claiming them would only fail them.
    const canPost = (place: Place) => this.deps.posters.has(place.platform);
    for (const schedule of await this.deps.schedules.enabledSchedules()) {
      if (!canPost(schedule.place)) continue;
      try {
        await this.tickChannel(schedule, now);
      } catch (error) {
        this.deps.logger.error({ err: error, channel: schedule.place.channelId, platform: schedule.place.platform }, 'daily post failed');
      }
    }
    for (const open of await this.deps.quizStore.overdueReveals(now)) {
      if (!canPost(open.place)) continue;
      try {
        if (await this.abandonedBecauseOff(open.postId, open.place, now)) continue;
        await this.deliverReveal(open.postId, open.place);
      } catch (error) {
        this.deps.logger.error({ err: error, post: open.postId }, 'daily reveal failed');
      }
    }
  }

  /**
   * The earliest minute after `after` at which `tick` could have something to do (never later than
   * the real one), so a travelling console clock can jump between them instead of ticking every minute.
   */
  async nextDueAfter(after: Date): Promise<Date | undefined> {
    return nextDailyDueAfter(after, {
      schedules: this.deps.schedules, quizStore: this.deps.quizStore,
      canPost: (place) => this.deps.posters.has(place.platform), pendingRecords: this.unrecorded.size > 0,
    });
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
  private async missedNote(schedule: DailySchedule, localDate: string): Promise<string | undefined> {
    const latest = await this.deps.quizStore.latestDaily(schedule.place);
    const since = localParts(schedule.updatedAt, schedule.timeZone).date;
    const from = latest && latest.localDate > since ? addDays(latest.localDate, 1) : addDays(since, 1);
    if (latest?.localDate === localDate || from >= localDate) return undefined;
    const last = addDays(localDate, -1);
    this.deps.logger.warn({ channel: schedule.place.channelId, platform: schedule.place.platform, from, to: last }, 'daily questions missed while the bot was down');
    const span = from === last ? from : `${from} to ${last}`;
    return `I was offline on ${span}, so no question went out then. Sorry! Missed days don't break anyone's streak.`;
  }

  /** Posts the channel's question for `localDate` unless it exists; sends it unless already sent. */
  private async ensurePosted(place: Place, localDate: string, closesAt: Date, noteFor?: () => Promise<string | undefined>): Promise<'posted' | 'already' | 'failed' | 'busy' | 'given-up'> {
    const { quiz, schedules, bank, quizStore } = this.deps;
    const latest = await quizStore.latestDaily(place);
    if (latest?.localDate === localDate && await schedules.isDelivered(`post:${latest.postId}`)) {
      return (await schedules.deliveryState(`post:${latest.postId}`))?.outcome === 'undeliverable' ? 'given-up' : 'already';
    }
    const note = latest?.localDate === localDate ? undefined : await noteFor?.();
    const question = pickDailyQuestion(
      askableDaily(bank.all, await quizStore.reportedQuestions()), await quizStore.askedQuestionIds(place),
      await quizStore.recentTopics(place, RECENT_TOPICS_AVOIDED), await quizStore.channelTopicTallies(place),
      `${place.platform}:${place.workspaceId}:${place.channelId}:${localDate}`,
    );
    if (!question) throw new Error('the question bank is empty');
    const { post, reply: message } = await quiz.postChannelQuestion(place, { localDate, question, closesAt });
    const key = `post:${post.id}`;
    if (await schedules.isDelivered(key)) return 'already';
    const claim = await schedules.claimDelivery(key, this.deps.clock.now(), DELIVERY_LEASE_MS);
    if (!claim) return 'busy';
    const ready = await this.readyToSend(claim, place, 'question');
    if (ready !== 'send') return ready === 'uncertain' ? 'already' : 'busy';
    const line = await this.channelLine(place, localDate);
    const text = { ...message, text: [note, message.text, line].filter((part) => part !== undefined).join('\n\n') };
    let messageRef: string;
    try {
      ({ messageRef } = await this.requirePoster(place).post(place, text));
    } catch (error) {
      return await this.sendFailed(claim, place, 'question', error) === 'given-up' ? 'given-up' : 'failed';
    }
    // It is out: from here on only the record is retried, never the send.
    await this.record(claim.key, async () => {
      await quizStore.setMessageRef(post.id, messageRef);
      await schedules.completeDelivery(claim, this.deps.clock.now(), 'sent');
    });
    this.deps.logger.info({ post: post.id, localDate, channel: place.channelId, platform: place.platform }, 'daily question posted');
    return 'posted';
  }

  /**
   * Before a claimed message goes out: an earlier attempt that died after handing it to the platform
   * makes it "uncertain" (it may be out, so it is not sent twice). Otherwise the send is marked as
   * started, so a crash from here on is never answered by a resend; "lost" when the claim was taken over.
   */
  private async readyToSend(claim: DeliveryClaim, place: Place, what: 'question' | 'reveal'): Promise<'send' | 'uncertain' | 'lost'> {
    const { schedules } = this.deps;
    const state = await schedules.deliveryState(claim.key);
    const now = this.deps.clock.now();
    if (state?.sendingAt) {
      await schedules.completeDelivery(claim, now, 'uncertain');
      this.deps.logger.error({ key: claim.key, channel: place.channelId, platform: place.platform }, `an earlier attempt died while sending the ${what}; it may be out, so it is not sent again`);
      return 'uncertain';
    }
    return await schedules.markSending(claim, now) ? 'send' : 'lost';
  }

  /** The platform refused: count the attempt, and say whether another will follow. */
  private async sendFailed(claim: DeliveryClaim, place: Place, what: 'question' | 'reveal', error: unknown): Promise<'retry' | 'given-up'> {
    await this.deps.schedules.failDelivery(claim);
    const attempts = (await this.deps.schedules.deliveryState(claim.key))?.attempts ?? MAX_ATTEMPTS;
    const last = attempts >= MAX_ATTEMPTS;
    if (last) await this.deps.schedules.completeDelivery(claim, this.deps.clock.now(), 'undeliverable');
    this.deps.logger[last ? 'error' : 'warn']({ err: error, key: claim.key, attempts, channel: place.channelId, platform: place.platform },
      last ? `the ${what} could not be delivered after ${attempts} tries; giving up` : `the ${what} was not delivered; will retry`);
    return last ? 'given-up' : 'retry';
  }

  /**
   * Records what already happened on the platform. A busy or locked database is waited out a few
   * times; if it still fails, the record is kept and retried by every tick until it lands.
   */
  private async record(key: string, write: () => Promise<void>): Promise<void> {
    for (let attempt = 1; attempt <= RECORD_TRIES; attempt++) {
      try {
        await write();
        this.unrecorded.delete(key);
        return;
      } catch (error) {
        if (attempt === RECORD_TRIES) {
          this.unrecorded.set(key, write);
          this.deps.logger.error({ err: error, key }, 'sent, but not yet recorded; the record will be retried, the message is not sent again');
          return;
        }
        await this.deps.clock.sleep?.(RECORD_PAUSE_MS * attempt);
      }
    }
  }

  /** Records of messages that went out while the database was unavailable, retried each tick. */
  private async flushUnrecorded(): Promise<void> {
    for (const [key, write] of [...this.unrecorded]) {
      try {
        await write();
        this.unrecorded.delete(key);
        this.deps.logger.info({ key }, 'a late record of a sent message landed');
      } catch {
        // Still unavailable: the next tick tries again.
      }
    }
  }

  private async deliverReveal(postId: string, place: Place): Promise<RevealOutcome> {
    const { quiz, schedules, quizStore } = this.deps;
    const key = `reveal:${postId}`;
    const now = this.deps.clock.now();
    if (await schedules.isDelivered(key)) return 'already';
    const claim = await schedules.claimDelivery(key, now, DELIVERY_LEASE_MS);
    if (!claim) return 'busy';
    const award = awardsIn(await this.zoneOf(place));
    const post = await quizStore.getPost(postId);
    const message = await quiz.revealReply(postId);
    const closed = await quiz.closedQuestionReply(postId);
    // A question whose sending was cut off (a crash mid-send) may be in the channel, and members may
    // have answered it: it is revealed like any other, only its buttons cannot be closed.
    const questionOut = post?.messageRef !== undefined
      || (post !== undefined && (await schedules.deliveryState(`post:${postId}`))?.outcome === 'uncertain');
    if (!post || !message || !closed || !questionOut) {
      // The question never reached the channel: close it quietly rather than reveal an unseen question.
      await quizStore.markRevealed(postId, now, award);
      await schedules.completeDelivery(claim, now, 'skipped');
      this.deps.logger.warn({ post: postId, channel: place.channelId }, 'daily question was never delivered; closed without a reveal');
      return 'skipped';
    }
    const ready = await this.readyToSend(claim, place, 'reveal');
    if (ready === 'lost') return 'busy';
    if (ready === 'uncertain') {
      // It may be out: the answers count, as points are awarded with the reveal record.
      await quizStore.markRevealed(postId, now, award);
      return 'uncertain';
    }
    const poster = this.requirePoster(place);
    try {
      await poster.post(place, message);
    } catch (error) {
      const next = await this.sendFailed(claim, place, 'reveal', error);
      if (next === 'given-up') await quizStore.markRevealed(postId, this.deps.clock.now(), award);
      return next === 'given-up' ? 'given-up' : 'failed';
    }
    await this.record(key, async () => {
      await quizStore.markRevealed(postId, this.deps.clock.now(), award);
      await schedules.completeDelivery(claim, this.deps.clock.now(), 'sent');
    });
    // Closing the buttons is a courtesy: a failure here must not undo the reveal.
    if (post.messageRef !== undefined) {
      await poster.update(place, post.messageRef, closed).catch((error: unknown) => {
        this.deps.logger.warn({ err: error, post: postId }, 'could not close the question message');
      });
    }
    return 'sent';
  }

  /**
   * `daily off` stops the retries: a reveal that has already failed in a channel whose daily question
   * is now off is not tried again. The answers still count.
   */
  private async abandonedBecauseOff(postId: string, place: Place, now: Date): Promise<boolean> {
    const key = `reveal:${postId}`;
    const { schedules } = this.deps;
    if ((await schedules.schedule(place))?.enabled !== false || ((await schedules.deliveryState(key))?.attempts ?? 0) === 0) return false;
    const claim = await schedules.claimDelivery(key, now, DELIVERY_LEASE_MS);
    if (!claim) return true;
    await schedules.completeDelivery(claim, now, 'abandoned');
    await this.deps.quizStore.markRevealed(postId, now, awardsIn(await this.zoneOf(place)));
    this.deps.logger.warn({ key, channel: place.channelId, platform: place.platform }, 'daily question switched off while its reveal was failing; not retrying');
    return true;
  }

  /** The countdown is a courtesy: a failure to read it never keeps the question from going out. */
  private async channelLine(place: Place, localDate: string): Promise<string | undefined> {
    try {
      return await this.deps.channelLine?.(place, localDate);
    } catch (error) {
      this.deps.logger.warn({ err: error, channel: place.channelId, platform: place.platform }, 'the exam countdown could not be read; posting without it');
      return undefined;
    }
  }

  /** The channel's timezone (its schedule's, else the default): its boards roll over in it. */
  async zoneOf(place: Place): Promise<string> {
    return (await this.deps.schedules.schedule(place))?.timeZone ?? this.deps.defaultTimeZone;
  }

  private requirePoster(place: Place): ChannelPoster {
    const poster = this.deps.posters.get(place.platform);
    if (!poster) throw new UserError('no-poster', 'The daily question is not available on this front end.');
    return poster;
  }

  /** When the next question goes out: tomorrow once today's is out (`latestDate`), even before its usual time. */
  private nextPostText(schedule: DailySchedule, latestDate?: string): string {
    const now = this.deps.clock.now();
    const today = localParts(now, schedule.timeZone).date;
    let next = instantOf(today, schedule.postAtMinutes, schedule.timeZone);
    if (next <= now || latestDate === today) next = instantOf(addDays(today, 1), schedule.postAtMinutes, schedule.timeZone);
    return this.localText(next, schedule.timeZone);
  }

  private localText(instant: Date, timeZone: string): string {
    const parts = localParts(instant, timeZone);
    return `${parts.date} ${formatMinutes(parts.minutes)} (${timeZone})`;
  }
}
