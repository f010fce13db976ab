import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS } from '../../../src/core/daily/daily-service.js';
import type { Reply } from '../../../src/core/reply.js';
import type { Actor, Place } from '../../../src/core/request.js';
import { testApp, type TestApp } from '../../helpers/assembly.js';
import { fixedClock } from '../../helpers/bot.js';
import { RecordingPoster } from '../../helpers/recording-poster.js';
import {  } from '../../../src/core/quiz/answer-rules.js';

const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const admin: Actor = { id: 'U-admin', name: 'ada', isAdmin: true };
const member: Actor = { id: 'U-m', name: 'max', isAdmin: false };
const dir = mkdtempSync(join(tmpdir(), 'studybot-delivery-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const say = (app: TestApp, text: string, actor: Actor = admin) => app.bot.handle({ actor, place, text });

/** Turns the daily question on (09:00 UTC, revealed an hour later), posts today's, and answers it. */
async function postedAndAnswered(app: TestApp) {
  app.clock.set('2026-11-23T09:00:00Z');
  await say(app, 'daily on 09:00 UTC 1h');
  await app.daily.tick();
  const question = app.poster.questions()[0];
  if (!question) throw new Error('no question posted');
  await app.bot.handleAction({ actor: member, place, actionId: question.reply.choices[0]?.id ?? '' });
  const postId = (await app.quizStore.latestDaily(place))?.postId ?? '';
  return { postId };
}

async function everyMinute(app: TestApp, minutes: number) {
  for (let i = 0; i < minutes; i++) {
    app.clock.advance(60_000);
    await app.daily.tick();
  }
}

describe('a reveal the platform keeps refusing', () => {
  it(`is tried ${MAX_ATTEMPTS} times, then given up with a log line and a note in the status; the answers still count`, async () => {
    const app = testApp({ clock: fixedClock() });
    const { postId } = await postedAndAnswered(app);
    app.poster.failNext = 1_000;
    app.clock.set('2026-11-23T10:00:00Z');
    await everyMinute(app, 60);
    expect(1_000 - app.poster.failNext).toBe(MAX_ATTEMPTS);
    expect(app.poster.reveals()).toHaveLength(0);
    expect((await app.quizStore.getPost(postId))?.revealedAt).toBeDefined();
    const status = await say(app, 'daily status');
    expect(status.text).toMatch(new RegExp(`reveal of 2026-11-23 could not be posted after ${MAX_ATTEMPTS} tries`));
  });

  it('stops being tried once the daily question is switched off', async () => {
    const app = testApp({ clock: fixedClock() });
    await postedAndAnswered(app);
    app.poster.failNext = 1_000;
    app.clock.set('2026-11-23T10:00:00Z');
    await app.daily.tick();
    expect(1_000 - app.poster.failNext).toBe(1);
    await say(app, 'daily off');
    await everyMinute(app, 30);
    expect(1_000 - app.poster.failNext).toBe(1);
    expect((await say(app, 'daily status')).text).toMatch(/switched off, so I stopped trying/);
  });
});

describe('a reveal that went out while the database was busy', () => {
  it('is recorded late and never posted twice, and the admin is told it was revealed', async () => {
    const path = join(dir, 'busy.db');
    const blocker = new Database(path, { timeout: 0 });
    let lockWhenRevealed = true;
    const poster = new (class extends RecordingPoster {
      override async post(p: Place, reply: Reply) {
        const sent = await super.post(p, reply);
        // The message is out; now another process holds the write lock for a while.
        if (lockWhenRevealed && reply.title?.startsWith('Answer:')) {
          lockWhenRevealed = false;
          blocker.exec('BEGIN IMMEDIATE');
        }
        return sent;
      }
    })('slack');
    const app = testApp({ path, clock: fixedClock(), poster, busyTimeoutMs: 20 });
    const { postId } = await postedAndAnswered(app);
    app.clock.set('2026-11-23T09:30:00Z');
    const said = await say(app, 'daily reveal');
    expect(said.text).toBe('Revealed.');
    expect(said.text).not.toMatch(/Nothing was recorded/);
    expect(poster.reveals()).toHaveLength(1);

    blocker.exec('ROLLBACK');
    await everyMinute(app, 5);
    expect(poster.reveals()).toHaveLength(1);
    expect((await app.scheduleStore.deliveryState(`reveal:${postId}`))?.outcome).toBe('sent');
    expect((await app.quizStore.getPost(postId))?.revealedAt).toBeDefined();
    blocker.close();
    app.db.close();
  });
});

describe('an instance that died after handing a reveal to the platform', () => {
  it('leaves it "uncertain": another instance does not post it again, says so, and the answers count', async () => {
    const app = testApp({ clock: fixedClock() });
    const { postId } = await postedAndAnswered(app);
    // The dead instance claimed the reveal and started sending it, then was killed.
    app.clock.set('2026-11-23T10:00:00Z');
    const key = `reveal:${postId}`;
    const claim = await app.scheduleStore.claimDelivery(key, app.clock.now(), 120_000);
    if (!claim) throw new Error('the dead instance should have held the claim');
    await app.scheduleStore.markSending(claim, app.clock.now());
    await everyMinute(app, 10);
    expect(app.poster.reveals()).toHaveLength(0);
    expect((await app.scheduleStore.deliveryState(key))?.outcome).toBe('uncertain');
    expect((await app.quizStore.getPost(postId))?.revealedAt).toBeDefined();
    expect((await say(app, 'daily status')).text).toMatch(/was cut off; it may be in the channel, and I did not post it twice/);
  });

  it('a question cut off mid-send may be out, so it is still revealed at its time (once), and its answers count', async () => {
    const app = testApp({ clock: fixedClock() });
    app.clock.set('2026-11-23T08:59:00Z');
    await say(app, 'daily on 09:00 UTC 1h');
    app.clock.set('2026-11-23T09:00:00Z');
    // The dead instance created today's post, claimed it and handed it to the platform, then was killed.
    const poster = app.poster;
    const realPost = poster.post.bind(poster);
    let killed = false;
    poster.post = async (p, reply) => {
      if (!killed) {
        killed = true;
        throw new Error('killed mid-send');
      }
      return realPost(p, reply);
    };
    const original = app.scheduleStore.failDelivery.bind(app.scheduleStore);
    app.scheduleStore.failDelivery = async () => undefined; // a killed process records nothing after the send began
    await app.daily.tick();
    app.scheduleStore.failDelivery = original;
    const postId = (await app.quizStore.latestDaily(place))?.postId ?? '';
    const question = `post:${postId}`;
    // Its lease runs out; the next instance finds it was being sent and leaves it "uncertain".
    await everyMinute(app, 5);
    expect((await app.scheduleStore.deliveryState(question))?.outcome).toBe('uncertain');
    expect(app.poster.questions()).toHaveLength(0);
    // Members saw it in the channel and answered.
    const outcome = await app.bot.handleAction({ actor: member, place, actionId: `answer:${postId}:1` });
    expect(outcome.text).not.toMatch(/not|closed/i);
    await everyMinute(app, 70);
    expect(app.poster.reveals()).toHaveLength(1);
    expect((await app.scheduleStore.deliveryState(`reveal:${postId}`))?.outcome).toBe('sent');
    expect((await app.quizStore.answersFor(postId)).map((a) => a.memberId)).toEqual([member.id]);
  });

  it('a claim given up before sending is taken over and sent once', async () => {
    const app = testApp({ clock: fixedClock() });
    const { postId } = await postedAndAnswered(app);
    app.clock.set('2026-11-23T10:00:00Z');
    const key = `reveal:${postId}`;
    expect(await app.scheduleStore.claimDelivery(key, app.clock.now(), 120_000)).toEqual({ key, token: 1 });
    await everyMinute(app, 1);
    expect(app.poster.reveals()).toHaveLength(0);
    await everyMinute(app, 3);
    expect(app.poster.reveals()).toHaveLength(1);
  });
});

describe('an instance without a front end for the channel\'s platform', () => {
  it('leaves the channel to the instances that can post there, and never uses up its tries', async () => {
    const path = join(dir, 'mixed.db');
    const slack = testApp({ path, clock: fixedClock('2026-11-23T09:00:00Z') });
    const discordOnly = testApp({ path, clock: fixedClock('2026-11-23T09:00:00Z'), platform: 'discord' });
    await say(slack, 'daily on 09:00 UTC 1h');
    for (let i = 0; i < 10; i++) await discordOnly.daily.tick();
    expect(discordOnly.poster.sent).toHaveLength(0);
    const postId = (await slack.quizStore.latestDaily(place))?.postId;
    expect(postId).toBeUndefined();
    await slack.daily.tick();
    expect(slack.poster.questions()).toHaveLength(1);
    slack.clock.set('2026-11-23T10:00:00Z');
    discordOnly.clock.set('2026-11-23T10:00:00Z');
    for (let i = 0; i < 10; i++) await discordOnly.daily.tick();
    await slack.daily.tick();
    expect(slack.poster.reveals()).toHaveLength(1);
    slack.db.close();
    discordOnly.db.close();
  });
});
