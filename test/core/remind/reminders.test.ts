import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reminderKey } from '../../../src/core/remind/reminder-service.js';
import { review, serializeCard } from '../../../src/core/quiz/practice-scheduler.js';
import type { Actor, Place } from '../../../src/core/request.js';
import { testApp, type TestApp } from '../../helpers/assembly.js';
import { fixedClock, visibleText } from '../../helpers/bot.js';
import { BotProcess, readChannel } from '../../helpers/bot-process-driver.js';

const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const scope = { platform: 'slack', workspaceId: 'T1' };
const admin: Actor = { id: 'U-admin', name: 'ada', isAdmin: true };
const ann: Actor = { id: 'U-ann', name: 'Ann', isAdmin: false };

const dir = mkdtempSync(join(tmpdir(), 'studybot-remind-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const say = (app: TestApp, text: string, actor: Actor = ann) => app.bot.handle({ actor, place, text });

/** Practice cards answered on 1 November: by late November they are all due for review. */
async function dueReviews(app: TestApp, member: Actor, count: number) {
  for (let i = 0; i < count; i++) {
    await app.quizStore.savePracticeCard(scope, member.id, `topic-${i}`, serializeCard(review(undefined, true, new Date('2026-11-01T10:00:00Z'))));
  }
}

/** One pass of everything timed at `iso`, as the cron sweep (or time travel) runs it. */
async function tickAt(app: TestApp, iso: string) {
  app.clock.set(iso);
  await app.tickAll(new Date(iso));
}

describe('/aws remind', () => {
  it('is opt-in: nothing is sent before `on`, a DM at the chosen time after, nothing after `off`', async () => {
    const app = testApp();
    await dueReviews(app, ann, 2);
    await tickAt(app, '2026-11-23T18:00:00Z');
    expect(app.poster.directs).toEqual([]);

    expect(visibleText(await say(app, 'remind'))).toContain('Reminders are off');
    const on = await say(app, 'remind on');
    expect(on.text).toContain('18:00 (UTC)');
    expect(visibleText(await say(app, 'remind'))).toContain('Reminders are on: 18:00 (UTC)');
    await tickAt(app, '2026-11-23T17:59:00Z');
    expect(app.poster.directs).toEqual([]);
    await tickAt(app, '2026-11-23T18:00:00Z');
    expect(app.poster.directs).toHaveLength(1);
    expect(app.poster.directs[0]).toMatchObject({ workspaceId: 'T1', memberId: ann.id });
    expect(app.poster.directs[0]?.reply.text).toBe('2 reviews are due: `/aws quiz`');
    expect(app.poster.directs[0]?.reply.visibility).toBe('private');

    expect((await say(app, 'remind off')).text).toContain('no more reminders');
    await tickAt(app, '2026-11-24T18:00:00Z');
    expect(app.poster.directs).toHaveLength(1);
  });

  it('comes at the chosen local time in the member\'s own timezone', async () => {
    const app = testApp();
    await dueReviews(app, ann, 1);
    const on = await say(app, 'remind on 07:30 europe/berlin');
    expect(on.text).toContain('07:30 (Europe/Berlin)');
    // Berlin is UTC+1 in November: 07:30 there is 06:30 UTC.
    await tickAt(app, '2026-11-24T06:29:00Z');
    expect(app.poster.directs).toEqual([]);
    await tickAt(app, '2026-11-24T06:30:00Z');
    expect(app.poster.directs.map((d) => d.reply.text)).toEqual(['1 review is due: `/aws quiz`']);
  });

  it('a late tick at night skips the day instead of waking the member; the next day comes as usual', async () => {
    const app = testApp();
    await dueReviews(app, ann, 3);
    await say(app, 'remind on 21:30');
    // Down from before 21:30 until 22:05: late, and it is night now.
    await tickAt(app, '2026-11-23T22:05:00Z');
    await tickAt(app, '2026-11-24T02:00:00Z');
    expect(app.poster.directs).toEqual([]);
    await tickAt(app, '2026-11-24T21:30:00Z');
    expect(app.poster.directs).toHaveLength(1);
  });

  it('is sent at most once a day, however often the sweep fires', async () => {
    const app = testApp();
    await dueReviews(app, ann, 2);
    await say(app, 'remind on 18:00');
    for (const minute of ['18:00', '18:00', '18:01', '19:30', '21:59']) await tickAt(app, `2026-11-23T${minute}:00Z`);
    await Promise.all([app.tickAll(new Date('2026-11-23T18:02:00Z')), app.remind.tick(new Date('2026-11-23T18:02:00Z'))]);
    expect(app.poster.directs).toHaveLength(1);
    expect(await app.scheduleStore.deliveryState(reminderKey({ ...scope, memberId: ann.id }, '2026-11-23'))).toMatchObject({ outcome: 'sent' });
    await tickAt(app, '2026-11-24T18:00:00Z');
    expect(app.poster.directs).toHaveLength(2);
  });

  it('is sent once after a restart on the same SQLite file', async () => {
    const path = join(dir, 'restart.db');
    const first = testApp({ path, clock: fixedClock('2026-11-23T12:00:00Z') });
    await dueReviews(first, ann, 2);
    await say(first, 'remind on 18:00');
    await tickAt(first, '2026-11-23T18:00:00Z');
    expect(first.poster.directs).toHaveLength(1);
    first.db.close();
    const second = testApp({ path, clock: fixedClock('2026-11-23T18:01:00Z') });
    await tickAt(second, '2026-11-23T18:01:00Z');
    await tickAt(second, '2026-11-23T20:00:00Z');
    expect(second.poster.directs).toEqual([]);
    await tickAt(second, '2026-11-24T18:00:00Z');
    expect(second.poster.directs).toHaveLength(1);
    second.db.close();
  });

  it('says nothing when there is nothing to say, and does not come later that day', async () => {
    const app = testApp();
    await say(app, 'remind on 18:00');
    await tickAt(app, '2026-11-23T18:00:00Z');
    expect(app.poster.directs).toEqual([]);
    // Reviews that fall due after the member's time wait for tomorrow's reminder.
    await dueReviews(app, ann, 1);
    await tickAt(app, '2026-11-23T18:30:00Z');
    expect(app.poster.directs).toEqual([]);
    await tickAt(app, '2026-11-24T18:00:00Z');
    expect(app.poster.directs).toHaveLength(1);
  });

  it('a DM the platform refuses is tried again the next minute and still sent only once', async () => {
    const app = testApp();
    await dueReviews(app, ann, 1);
    await say(app, 'remind on 18:00');
    app.poster.failNextDirect = 1;
    await tickAt(app, '2026-11-23T18:00:00Z');
    expect(app.poster.directs).toEqual([]);
    expect(await app.nextDueAfter(new Date('2026-11-23T18:00:00Z'))).toEqual(new Date('2026-11-23T18:01:00Z'));
    await tickAt(app, '2026-11-23T18:01:00Z');
    await tickAt(app, '2026-11-23T18:02:00Z');
    expect(app.poster.directs).toHaveLength(1);
  });

  it('warns of a daily streak about to break: answered yesterday, today\'s question open and unanswered', async () => {
    const app = testApp({ clock: fixedClock('2026-11-22T08:00:00Z') });
    await say(app, 'daily on 09:00 UTC 12h', admin);
    await say(app, 'remind on 18:00');
    const answerToday = async () => {
      const question = app.poster.questions().at(-1);
      const choice = question?.reply.choices[0];
      if (!choice) throw new Error('no question posted');
      await app.bot.handleAction({ actor: ann, place, actionId: choice.id });
    };
    await tickAt(app, '2026-11-22T09:00:00Z');
    await answerToday();
    await tickAt(app, '2026-11-22T18:00:00Z');
    // Answered today, no reviews: nothing to say.
    expect(app.poster.directs).toEqual([]);
    await tickAt(app, '2026-11-22T21:00:00Z');
    await tickAt(app, '2026-11-23T09:00:00Z');
    await answerToday();
    await tickAt(app, '2026-11-23T21:00:00Z');
    await tickAt(app, '2026-11-24T09:00:00Z');
    await tickAt(app, '2026-11-24T18:00:00Z');
    expect(app.poster.directs.map((d) => d.reply.text)).toEqual([
      "Your 2-day streak ends at 21:00 unless you answer today's daily question in the channel.",
    ]);
  });

  it.each([
    ['remind on 25:00', /25:00 is not a time of day/],
    ['remind on 03:00', /middle of the night.*22:00 and 07:00/],
    ['remind on 22:00', /middle of the night/],
    ['remind on 07:30 Mars/Olympus_Mons', /don't know the time zone.*Europe\/Berlin/],
    ['remind sometimes', /Use `\/aws remind on/],
  ])('%s gets a friendly reply and changes nothing', async (text, expected) => {
    const app = testApp();
    await say(app, 'remind on 19:00 Europe/Berlin');
    const answer = await say(app, text);
    expect(answer.tone).toBe('warning');
    expect(answer.visibility).toBe('private');
    expect(visibleText(answer)).toMatch(expected);
    expect(visibleText(await say(app, 'remind'))).toContain('Reminders are on: 19:00 (Europe/Berlin)');
  });

  it('tells time travel when the next reminder is due', async () => {
    const app = testApp();
    expect(await app.nextDueAfter(new Date('2026-11-23T10:00:00Z'))).toBeUndefined();
    await say(app, 'remind on 18:00');
    expect(await app.nextDueAfter(new Date('2026-11-23T10:00:00Z'))).toEqual(new Date('2026-11-23T18:00:00Z'));
    await tickAt(app, '2026-11-23T18:00:00Z');
    expect(await app.nextDueAfter(new Date('2026-11-23T18:00:00Z'))).toEqual(new Date('2026-11-24T18:00:00Z'));
  });
});

describe('reminders across processes', () => {
  it('two instances on one SQLite file, ticking at the same moments, send one DM a day', async () => {
    const db = join(dir, 'two.db');
    const channel = join(dir, 'two.jsonl');
    const seed = testApp({ path: db });
    await dueReviews(seed, ann, 2);
    await say(seed, 'remind on 18:00');
    seed.db.close();
    const bots = await Promise.all([BotProcess.start('one', { db, channel }), BotProcess.start('two', { db, channel })]);
    try {
      for (const at of ['2026-11-23T18:00:00Z', '2026-11-23T18:01:00Z', '2026-11-24T18:00:00Z', '2026-11-24T18:00:30Z']) {
        await Promise.all(bots.flatMap((bot) => [bot.remindTick(at), bot.remindTick(at)]));
      }
      const directs = readChannel(channel).filter((e) => e.op === 'direct');
      expect(directs.map((d) => d.channel)).toEqual([`dm:${ann.id}`, `dm:${ann.id}`]);
      expect(directs[0]?.text).toBe('2 reviews are due: `/aws quiz`');
    } finally {
      await Promise.all(bots.map((bot) => bot.stop()));
    }
  }, 60_000);
});
