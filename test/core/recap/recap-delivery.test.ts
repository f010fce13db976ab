import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Place } from '../../../src/core/request.js';
import { testApp } from '../../helpers/assembly.js';
import { fixedClock } from '../../helpers/bot.js';
import { RecordingPoster } from '../../helpers/recording-poster.js';
import { admin, recaps, seedQuestion } from './recap-helpers.js';

/**
 * The weekly recap goes out once per channel per week, on the channel's local Monday morning: whatever
 * fires twice, restarts, runs beside a second instance, or crosses a daylight-saving change.
 */

const dir = mkdtempSync(join(tmpdir(), 'studybot-recap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshFile = () => join(dir, `recap-${++files}.db`);

const C1: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const OFF: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C-off' };
const QUIET: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C-quiet' };
const MINUTE = 60_000;

/** Ticks every `step` minutes from `from` to `to`, twice per step (a cron fire and the sweep in one minute). */
async function run(app: ReturnType<typeof testApp>, from: string, to: string, stepMinutes = 15): Promise<void> {
  for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += stepMinutes * MINUTE) {
    app.clock.set(new Date(t).toISOString());
    await app.tickAll(new Date(t));
    await app.tickAll(new Date(t));
  }
}

describe('weekly recap: once per channel per week', () => {
  it('posts on the local Monday at 08:30, once, across double fires and a restart on the same file; not for a channel with the daily question off', async () => {
    const path = freshFile();
    const clock = fixedClock('2026-11-23T06:00:00Z');
    const poster = new RecordingPoster('slack');
    const first = testApp({ path, clock, poster });
    await first.bot.handle({ actor: admin, place: C1, text: 'daily on 09:00 Europe/Berlin 8h' });
    await first.bot.handle({ actor: admin, place: QUIET, text: 'daily on 09:00 Europe/Berlin 8h' });
    await first.bot.handle({ actor: admin, place: OFF, text: 'daily on 09:00 Europe/Berlin 8h' });
    await first.bot.handle({ actor: admin, place: OFF, text: 'daily off' });
    // Last week (16 to 22 November, Berlin): answers in C1 and in the channel that is now off.
    await seedQuestion(first, C1, '2026-11-17T08:00:00Z', 'lambda', [['ann', true], ['bob', false]]);
    await seedQuestion(first, OFF, '2026-11-17T08:00:00Z', 'lambda', [['ann', true]]);

    // Monday 23 November, Berlin is UTC+1: 08:30 local is 07:30Z. Nothing before it.
    await run(first, '2026-11-23T06:00:00Z', '2026-11-23T07:15:00Z');
    expect(recaps(poster.sent)).toHaveLength(0);
    await run(first, '2026-11-23T07:30:00Z', '2026-11-23T08:30:00Z', 5);
    expect(recaps(poster.sent, C1)).toHaveLength(1);
    expect(recaps(poster.sent, C1)[0]?.reply.title).toBe('Week in review: 16 Nov to 22 Nov');
    expect(await first.scheduleStore.deliveryState('recap:slack:T1:C1:2026-W47')).toMatchObject({ outcome: 'sent' });

    // A restart: a new app on the same file, later the same morning, ticking again.
    first.db.close();
    const second = testApp({ path, clock, poster });
    await run(second, '2026-11-23T09:00:00Z', '2026-11-23T22:59:00Z', 60);
    expect(recaps(poster.sent, C1)).toHaveLength(1);
    // The quiet channel had no answers: no post, and the week is marked done so no tick tries again.
    expect(recaps(poster.sent, QUIET)).toHaveLength(0);
    expect(await second.scheduleStore.deliveryState('recap:slack:T1:C-quiet:2026-W47')).toMatchObject({ outcome: 'skipped' });
    expect(recaps(poster.sent, OFF)).toHaveLength(0);

    // The next Monday brings the next week's recap, once.
    await seedQuestion(second, C1, '2026-11-24T08:00:00Z', 'ecs', [['ann', true]]);
    await run(second, '2026-11-30T07:00:00Z', '2026-11-30T12:00:00Z', 30);
    expect(recaps(poster.sent, C1).map((s) => s.reply.title)).toEqual(['Week in review: 16 Nov to 22 Nov', 'Week in review: 23 Nov to 29 Nov']);
    second.db.close();
  });

  it('two instances on one file, ticking at the same moment while the platform is slow: one recap', async () => {
    const path = freshFile();
    const clock = fixedClock('2026-11-23T07:30:00Z');
    const slow = new (class extends RecordingPoster {
      override async post(place: Place, reply: Parameters<RecordingPoster['post']>[1]) {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return super.post(place, reply);
      }
    })('slack');
    const a = testApp({ path, clock, poster: slow });
    const b = testApp({ path, clock, poster: slow });
    await a.bot.handle({ actor: admin, place: C1, text: 'daily on 09:00 Europe/Berlin 8h' });
    await seedQuestion(a, C1, '2026-11-17T08:00:00Z', 'lambda', [['ann', true]]);
    const now = new Date('2026-11-23T07:30:00Z');
    await Promise.all([a.tickAll(now), b.tickAll(now), a.tickAll(now), b.tickAll(now)]);
    await Promise.all([a.tickAll(new Date(now.getTime() + MINUTE)), b.tickAll(new Date(now.getTime() + MINUTE))]);
    expect(recaps(slow.sent, C1)).toHaveLength(1);
    a.db.close();
    b.db.close();
  });

  it('a refused post is retried by later ticks, then goes out once', async () => {
    const clock = fixedClock('2026-11-23T07:30:00Z');
    const poster = new RecordingPoster('slack');
    const app = testApp({ clock, poster });
    await app.bot.handle({ actor: admin, place: C1, text: 'daily on 09:00 Europe/Berlin 8h' });
    await seedQuestion(app, C1, '2026-11-17T08:00:00Z', 'lambda', [['ann', true]]);
    poster.failNext = 2;
    await run(app, '2026-11-23T07:30:00Z', '2026-11-23T07:32:00Z', 1);
    await run(app, '2026-11-23T07:33:00Z', '2026-11-23T07:40:00Z', 1);
    expect(recaps(poster.sent, C1)).toHaveLength(1);
    expect(await app.nextDueAfter(new Date('2026-11-23T07:41:00Z'))).toEqual(new Date('2026-11-23T08:00:00Z'));
  });

  describe('daylight-saving weeks, in the channel\'s own zone', () => {
    const CASES = [
      // Berlin springs forward on Sunday 29 March 2026: Monday 30 March 08:30 CEST is 06:30Z.
      { zone: 'Europe/Berlin', mondayBefore: '2026-03-23', due: '2026-03-30T06:30:00Z', inside: '2026-03-29T21:30:00Z', outside: '2026-03-29T22:30:00Z', week: '2026-W13' },
      // Berlin falls back on Sunday 25 October 2026: Monday 26 October 08:30 CET is 07:30Z.
      { zone: 'Europe/Berlin', mondayBefore: '2026-10-19', due: '2026-10-26T07:30:00Z', inside: '2026-10-25T22:30:00Z', outside: '2026-10-25T23:30:00Z', week: '2026-W43' },
      // New York falls back on Sunday 1 November 2026: Monday 2 November 08:30 EST is 13:30Z, long after UTC's Monday began.
      { zone: 'America/New_York', mondayBefore: '2026-10-26', due: '2026-11-02T13:30:00Z', inside: '2026-11-02T04:30:00Z', outside: '2026-11-02T05:30:00Z', week: '2026-W44' },
    ] as const;
    for (const c of CASES) {
      it(`${c.zone}, week ${c.week}: due at ${c.due}, counting local Monday to Sunday`, async () => {
        const clock = fixedClock(c.due);
        const poster = new RecordingPoster('slack');
        const app = testApp({ clock, poster });
        await app.bot.handle({ actor: admin, place: C1, text: `daily on 09:00 ${c.zone} 8h` });
        // Late on the local Sunday: counted. Just after local midnight into Monday: not last week's.
        await seedQuestion(app, C1, `${c.mondayBefore}T12:00:00Z`, 'lambda', [['ann', true], ['bob', false, c.inside]]);
        await seedQuestion(app, C1, `${c.mondayBefore}T13:00:00Z`, 'ecs', [['cy', true, c.outside]]);
        const due = new Date(c.due);
        // From the Sunday before to the Monday evening, every 30 minutes (each twice), and the minute before the due time.
        await run(app, new Date(due.getTime() - 30 * 3_600_000).toISOString(), new Date(due.getTime() - MINUTE).toISOString(), 30);
        expect(recaps(poster.sent)).toHaveLength(0);
        expect(await app.nextDueAfter(new Date(due.getTime() - 10 * MINUTE))).toEqual(due);
        await run(app, c.due, new Date(due.getTime() + 14 * 3_600_000).toISOString(), 30);
        const sent = recaps(poster.sent);
        expect(sent).toHaveLength(1);
        expect(sent[0]?.reply.text).toMatch(/^2 answers from 2 members/);
        expect(await app.scheduleStore.deliveryState(`recap:slack:T1:C1:${c.week}`)).toMatchObject({ outcome: 'sent' });
      });
    }
  });
});
