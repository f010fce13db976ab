import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply.js';
import type { Actor, Place } from '../../../src/core/request.js';
import { testApp } from '../../helpers/assembly.js';
import { fixedClock } from '../../helpers/bot.js';
import { kindOf, type SendKind } from '../../helpers/gated-poster.js';
import { RecordingPoster } from '../../helpers/recording-poster.js';

/**
 * Daylight-saving changes of 2026, both directions, in Berlin and New York. Three channels per zone ask
 * for 09:00, 02:30 (missing on the spring-forward night in both zones, twice on the Berlin fall-back
 * night) and 01:30 (twice on the New York fall-back night). The clock runs over the local day
 * before, the day of the change and the day after (minute by minute around each due time), with the sweep firing on every step and
 * each channel's cron job firing whenever the zone's wall clock shows its time (twice, when it is
 * shown twice). Every post is checked for its local date and local clock time (read here with Intl,
 * not with the code under test) and for its exact instant.
 */

const admin: Actor = { id: 'U-admin', name: 'ada', isAdmin: true };
const REVEAL_AFTER_H = 4;
const TIMES = ['09:00', '02:30', '01:30'] as const;
type Time = typeof TIMES[number];
const placeFor = (time: Time): Place => ({ platform: 'slack', workspaceId: 'T1', channelId: `C-${time.replace(':', '')}` });

interface Case {
  readonly zone: string;
  readonly change: string;
  readonly from: string;
  readonly to: string;
  readonly days: readonly [string, string, string];
  /** The instant of each day's post, by the channel's time; one per local day. */
  readonly instants: Record<Time, readonly [string, string, string]>;
  /** The local clock time each post shows, when it is not the time asked for. */
  readonly shifted?: Partial<Record<Time, readonly [string, string, string]>>;
}

const CASES: readonly Case[] = [
  {
    zone: 'Europe/Berlin', change: 'spring forward (29 March: 02:00 CET becomes 03:00 CEST)',
    from: '2026-03-27T22:00:00Z', to: '2026-03-30T22:00:00Z', days: ['2026-03-28', '2026-03-29', '2026-03-30'],
    instants: {
      '09:00': ['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z'],
      // 02:30 does not exist on the 29th: the first minute after the jump.
      '02:30': ['2026-03-28T01:30:00.000Z', '2026-03-29T01:00:00.000Z', '2026-03-30T00:30:00.000Z'],
      '01:30': ['2026-03-28T00:30:00.000Z', '2026-03-29T00:30:00.000Z', '2026-03-29T23:30:00.000Z'],
    },
    shifted: { '02:30': ['02:30', '03:00', '02:30'] },
  },
  {
    zone: 'Europe/Berlin', change: 'fall back (25 October: 03:00 CEST becomes 02:00 CET)',
    from: '2026-10-23T21:00:00Z', to: '2026-10-26T23:00:00Z', days: ['2026-10-24', '2026-10-25', '2026-10-26'],
    instants: {
      '09:00': ['2026-10-24T07:00:00.000Z', '2026-10-25T08:00:00.000Z', '2026-10-26T08:00:00.000Z'],
      // 02:30 happens twice on the 25th: posted at the first, not again at the second (01:30Z).
      '02:30': ['2026-10-24T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z'],
      '01:30': ['2026-10-23T23:30:00.000Z', '2026-10-24T23:30:00.000Z', '2026-10-26T00:30:00.000Z'],
    },
  },
  {
    zone: 'America/New_York', change: 'spring forward (8 March: 02:00 EST becomes 03:00 EDT)',
    from: '2026-03-07T04:00:00Z', to: '2026-03-10T04:00:00Z', days: ['2026-03-07', '2026-03-08', '2026-03-09'],
    instants: {
      '09:00': ['2026-03-07T14:00:00.000Z', '2026-03-08T13:00:00.000Z', '2026-03-09T13:00:00.000Z'],
      '02:30': ['2026-03-07T07:30:00.000Z', '2026-03-08T07:00:00.000Z', '2026-03-09T06:30:00.000Z'],
      '01:30': ['2026-03-07T06:30:00.000Z', '2026-03-08T06:30:00.000Z', '2026-03-09T05:30:00.000Z'],
    },
    shifted: { '02:30': ['02:30', '03:00', '02:30'] },
  },
  {
    zone: 'America/New_York', change: 'fall back (1 November: 02:00 EDT becomes 01:00 EST)',
    from: '2026-10-31T03:00:00Z', to: '2026-11-03T05:00:00Z', days: ['2026-10-31', '2026-11-01', '2026-11-02'],
    instants: {
      '09:00': ['2026-10-31T13:00:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-02T14:00:00.000Z'],
      '02:30': ['2026-10-31T06:30:00.000Z', '2026-11-01T07:30:00.000Z', '2026-11-02T07:30:00.000Z'],
      // 01:30 happens twice on 1 November: posted at the first (EDT), not again at the second (06:30Z).
      '01:30': ['2026-10-31T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z'],
    },
  },
];

const wallClocks = new Map<string, Intl.DateTimeFormat>();
/** The local date and clock time of an instant in a zone, straight from Intl. */
function wallClock(instant: Date, zone: string): { date: string; time: string } {
  let format = wallClocks.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    wallClocks.set(zone, format);
  }
  const p = Object.fromEntries(format.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** A channel that notes the instant of every message it is handed. */
class TimedPoster extends RecordingPoster {
  readonly log: { kind: SendKind; channel: string; title: string; at: Date }[] = [];
  constructor(private readonly now: () => Date) {
    super('slack');
  }
  override async post(place: Place, reply: Reply) {
    const kind = kindOf(reply);
    if (kind) this.log.push({ kind, channel: place.channelId, title: reply.title ?? '', at: this.now() });
    return super.post(place, reply);
  }
}

describe('daylight saving: one post per local day, at the local time each channel asked for', () => {
  it.each(CASES)('$zone, $change', async (c) => {
    const clock = fixedClock(c.from);
    const channel = new TimedPoster(() => clock.now());
    const app = testApp({ clock, poster: channel });
    for (const time of TIMES) {
      expect((await app.bot.handle({ actor: admin, place: placeFor(time), text: `daily on ${time} ${c.zone} ${REVEAL_AFTER_H}h` })).tone).toBe('success');
    }

    // Minute by minute for ten minutes either side of every instant where something is due; every
    // quarter hour in between (those stretches only need to show that nothing happens there; every
    // hour change and every second occurrence of a repeated time lies on that grid). A tick on a day
    // whose time is skipped by the change costs milliseconds, hence not every minute of three days.
    const due = Object.values(c.instants).flat().flatMap((iso) => [0, REVEAL_AFTER_H].map((h) => new Date(iso).getTime() + h * 3_600_000));
    const near = (t: number) => due.some((d) => Math.abs(t - d) <= 10 * 60_000);
    for (let t = new Date(c.from).getTime(); t < new Date(c.to).getTime(); t += 60_000) {
      if (t % (15 * 60_000) !== 0 && !near(t)) continue;
      const now = new Date(t);
      clock.set(now.toISOString());
      // The sweep fires every minute; a channel's job fires when the wall clock shows its time.
      const jobs = TIMES.filter((time) => wallClock(now, c.zone).time === time);
      await Promise.all([app.daily.tick(), ...jobs.map(() => app.daily.tick())]);
    }

    for (const time of TIMES) {
      const { channelId } = placeFor(time);
      const questions = channel.log.filter((m) => m.kind === 'question' && m.channel === channelId);
      const reveals = channel.log.filter((m) => m.kind === 'reveal' && m.channel === channelId);
      // One post per local day, for that day, at the local time asked for.
      expect(questions.map((q) => q.title), `${channelId} titles`).toEqual(c.days.map((d) => `Question of the day · ${d}`));
      expect(questions.map((q) => wallClock(q.at, c.zone)), `${channelId} local post times`)
        .toEqual(c.days.map((date, i) => ({ date, time: c.shifted?.[time]?.[i] ?? time })));
      expect(questions.map((q) => q.at.toISOString()), `${channelId} post instants`).toEqual(c.instants[time]);
      // Each revealed once, the reveal delay after its post (in elapsed time, whatever the clock change).
      expect(reveals.map((r) => r.at.toISOString()), `${channelId} reveal instants`)
        .toEqual(c.instants[time].map((iso) => new Date(new Date(iso).getTime() + REVEAL_AFTER_H * 3_600_000).toISOString()));
    }
  });
});
