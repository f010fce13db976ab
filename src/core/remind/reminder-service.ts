import type { ChannelPoster } from '../channel-poster.js';
import { addDays, formatMinutes, instantOf, isValidTimeZone, localParts } from '../daily/local-time.js';
import type { ScheduleStore } from '../daily/schedule-store.js';
import { directMessengerOf, type DirectMessenger } from '../direct-messenger.js';
import type { Clock, Logger } from '../ports.js';
import { parseCard } from '../quiz/practice-scheduler.js';
import type { QuizStore } from '../quiz/quiz-store.js';
import { reply, userMistake, type Reply } from '../reply.js';
import type { Actor, Place, Platform } from '../request.js';
import type { ReminderMember, SettingsStore } from '../study/settings-store.js';
import { DEFAULT_REMIND_AT, isQuietTime, parseRemindOn } from './remind-settings.js';
import { reminderReply, type ReminderFacts } from './reminder-text.js';
import { deliverOnce } from '../daily/deliver-once.js';

export interface ReminderDeps {
  readonly settings: SettingsStore;
  readonly quizStore: QuizStore;
  /** The daily schedules (which channels run a daily question) and the delivery ledger. */
  readonly schedules: ScheduleStore;
  /** The front ends of this instance; a platform without one is left to the instances that have it. */
  readonly posters: ReadonlyMap<Platform, ChannelPoster>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The workspace's zone, for members who have not given their own. */
  readonly defaultTimeZone: string;
}

const MINUTE = 60_000;
const PLATFORMS: readonly Platform[] = ['console', 'slack', 'discord'];
const asPlatform = (name: string): Platform | undefined => PLATFORMS.find((p) => p === name);

/** One key per member per local day: the ledger makes it "at most once a day" for every instance. */
export const reminderKey = (m: Pick<ReminderMember, 'platform' | 'workspaceId' | 'memberId'>, localDate: string) =>
  `remind:${m.platform}:${m.workspaceId}:${m.memberId}:${localDate}`;

/**
 * Opt-in reminders: `/aws remind on|off`, and the minute sweep that sends each member a DM at their
 * time when reviews are due or their daily streak is about to end; never at night, never twice a day.
 */
export class ReminderService {
  constructor(private readonly deps: ReminderDeps) {}

  /** `/aws remind [on [HH:MM] [zone] | off]` */
  async command(actor: Actor, place: Place, words: readonly string[]): Promise<Reply> {
    const [action = 'status', ...rest] = words.map((w) => w.trim()).filter((w) => w.length > 0);
    const scope = { platform: place.platform, workspaceId: place.workspaceId };
    const now = this.deps.clock.now();
    const mine = await this.deps.settings.settingsOf(scope, actor.id);
    const zone = mine.timeZone ?? this.deps.defaultTimeZone;
    switch (action.toLowerCase()) {
      case 'status':
        return mine.remindAtMinutes === undefined
          ? reply({ text: `Reminders are off. \`/aws remind on 18:00\` sends you a direct message when reviews are due or your daily streak is about to end, once a day at most.`, visibility: 'private' })
          : reply({ text: `Reminders are on: ${formatMinutes(mine.remindAtMinutes)} (${zone}), on days when reviews are due or your daily streak is about to end. \`/aws remind off\` stops them.`, visibility: 'private' });
      case 'on': {
        const parsed = parseRemindOn(rest);
        if (!parsed.ok) return userMistake(parsed.problem);
        const at = parsed.remindAtMinutes ?? mine.remindAtMinutes ?? DEFAULT_REMIND_AT;
        await this.deps.settings.saveSettings(scope, actor.id, {
          remindAtMinutes: at, displayName: actor.name, ...(parsed.timeZone ? { timeZone: parsed.timeZone } : {}),
        }, now);
        return reply({
          text: `Done: on days when reviews are due or your daily streak is about to end, I will send you a direct message at ${formatMinutes(at)} (${parsed.timeZone ?? zone}). Never at night, once a day at most.`,
          footer: 'Change it with /aws remind on HH:MM Area/City; stop with /aws remind off.',
          visibility: 'private', tone: 'success',
        });
      }
      case 'off':
        if (mine.remindAtMinutes === undefined) return reply({ text: 'Reminders are already off.', visibility: 'private' });
        await this.deps.settings.saveSettings(scope, actor.id, { remindAtMinutes: null }, now);
        return reply({ text: 'Done: no more reminders. `/aws remind on` brings them back.', visibility: 'private', tone: 'success' });
      default:
        return userMistake('Use `/aws remind on [HH:MM] [timezone]`, `/aws remind off`, or `/aws remind` to see how it is set, e.g. `/aws remind on 07:30 Europe/Berlin`.');
    }
  }

  /** One pass of the sweep; safe to call any number of times, from any number of processes. */
  async tick(now: Date = this.deps.clock.now()): Promise<void> {
    for (const member of await this.deps.settings.membersWithReminders()) {
      const messenger = this.messengerFor(member);
      if (!messenger) continue;
      try {
        await this.remindOne(member, messenger, now);
      } catch (error) {
        this.deps.logger.error({ err: error, platform: member.platform, member: member.memberId }, 'reminder failed');
      }
    }
  }

  /**
   * The earliest minute after `after` at which `tick` could send a reminder (early is harmless, late
   * never happens), for the console's time travel: each member's next reminder time, or the next
   * minute while today's is due, unsent and not yet night (a send that failed is retried).
   */
  async nextDueAfter(after: Date): Promise<Date | undefined> {
    const nextMinute = new Date(Math.floor(after.getTime() / MINUTE) * MINUTE + MINUTE);
    let first: Date | undefined;
    const consider = (candidate: Date) => { if (!first || candidate < first) first = candidate; };
    for (const member of await this.deps.settings.membersWithReminders()) {
      if (!this.messengerFor(member)) continue;
      const zone = this.zoneOf(member);
      const local = localParts(after, zone);
      const today = instantOf(local.date, member.remindAtMinutes, zone);
      if (today > after) {
        consider(today);
        continue;
      }
      consider(instantOf(addDays(local.date, 1), member.remindAtMinutes, zone));
      if (!isQuietTime(local.minutes) && !await this.deps.schedules.isDelivered(reminderKey(member, local.date))) consider(nextMinute);
    }
    return first;
  }

  private async remindOne(member: ReminderMember, messenger: DirectMessenger, now: Date): Promise<void> {
    const zone = this.zoneOf(member);
    const local = localParts(now, zone);
    if (now < instantOf(local.date, member.remindAtMinutes, zone)) return;
    // Late (the bot was down, or a slow tick): better no reminder than one that wakes someone up.
    if (isQuietTime(local.minutes)) return;
    const key = reminderKey(member, local.date);
    // Composed once the key is held; a day with nothing to say is recorded as skipped, so a reminder
    // comes at its time or not at all.
    const context = { platform: member.platform, member: member.memberId, what: 'reminder' };
    const outcome = await deliverOnce(this.deps, key, context, async () => reminderReply(await this.factsFor(member, zone, now)),
      (message) => messenger.sendDirect(member.workspaceId, member.memberId, message));
    if (outcome === 'sent') this.deps.logger.info({ platform: member.platform, member: member.memberId, localDate: local.date }, 'reminder sent');
  }

  /** Reviews due now, and the longest daily streak that ends unless today's open question is answered. */
  private async factsFor(member: ReminderMember, zone: string, now: Date): Promise<ReminderFacts> {
    const { quizStore, schedules } = this.deps;
    const scope = { platform: member.platform, workspaceId: member.workspaceId };
    const cards = await quizStore.practiceCards(scope, member.memberId);
    const reviewsDue = [...cards.values()].filter((json) => {
      const card = parseCard(json);
      return card !== undefined && card.due.getTime() <= now.getTime();
    }).length;
    let streakAtRisk: ReminderFacts['streakAtRisk'];
    const channels = (await schedules.enabledSchedules())
      .filter((s) => s.place.platform === member.platform && s.place.workspaceId === member.workspaceId);
    for (const schedule of channels) {
      const latest = await quizStore.latestDaily(schedule.place);
      const open = latest && !latest.revealedAt && latest.closesAt && latest.closesAt > now
        && latest.localDate === localParts(now, schedule.timeZone).date;
      if (!open || !latest.closesAt) continue;
      const { streaks } = await quizStore.memberStats(schedule.place, member.memberId, 'daily');
      const days = streaks.onLatest ? 0 : streaks.onPrevious?.answerStreak ?? 0;
      if (days > (streakAtRisk?.days ?? 0)) streakAtRisk = { days, closesAt: formatMinutes(localParts(latest.closesAt, zone).minutes) };
    }
    return { reviewsDue, ...(streakAtRisk ? { streakAtRisk } : {}) };
  }

  private messengerFor(member: ReminderMember): DirectMessenger | undefined {
    const platform = asPlatform(member.platform);
    return platform ? directMessengerOf(this.deps.posters.get(platform)) : undefined;
  }

  private zoneOf(member: ReminderMember): string {
    return member.timeZone && isValidTimeZone(member.timeZone) ? member.timeZone : this.deps.defaultTimeZone;
  }
}
