import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { POINTS_PER_CORRECT } from '../../../src/core/quiz/answer-rules.js';
import type { Actor, Place } from '../../../src/core/request.js';
import { DailyScheduler } from '../../../src/scheduler/daily-scheduler.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { testApp, testBank, type TestApp } from '../../helpers/assembly.js';
import { fixedClock } from '../../helpers/bot.js';
import { BotProcess, posts, readChannel } from '../../helpers/bot-process-driver.js';
import { FakeCron } from '../../helpers/fake-cron.js';
import { GatedPoster, tracked, turns, turnUntil } from '../../helpers/gated-poster.js';
import type { RecordingPoster } from '../../helpers/recording-poster.js';

/**
 * Exactly once under real overlap: several bot instances on one SQLite file, each with its own
 * connection, doing the same thing at the same moment (Promise.all, never one after the other), and a
 * platform that is slow to answer, so one instance is still inside its send while the others run.
 */

const dir = mkdtempSync(join(tmpdir(), 'studybot-races-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const admin: Actor = { id: 'U-admin', name: 'ada', isAdmin: true };
const channels: Place[] = ['C1', 'C2', 'C3'].map((channelId) => ({ platform: 'slack', workspaceId: 'T1', channelId }));
const [C1] = channels as [Place];
const members: Actor[] = Array.from({ length: 40 }, (_, i) => ({ id: `U${String(i).padStart(2, '0')}`, name: `member${i}`, isAdmin: false }));
const scope = { platform: 'slack' as const, workspaceId: 'T1' };

const ofChannel = <T extends { readonly place: Place }>(sent: readonly T[], place: Place): T[] => sent.filter((s) => s.place.channelId === place.channelId);

/** What each channel shows: its questions and its reveals, by title. */
function perChannel(poster: RecordingPoster) {
  return Object.fromEntries(channels.map((place) => [place.channelId, {
    questions: ofChannel(poster.questions(), place).map((s) => s.reply.title),
    reveals: ofChannel(poster.reveals(), place).length,
  }]));
}

/** Every channel's latest post was delivered cleanly: 'sent', recorded with the ref the platform gave. */
async function expectDeliveredCleanly(app: TestApp, poster: RecordingPoster, what: 'post' | 'reveal') {
  for (const place of channels) {
    const latest = await app.quizStore.latestDaily(place);
    if (!latest) throw new Error(`no daily post in ${place.channelId}`);
    const state = await app.scheduleStore.deliveryState(`${what}:${latest.postId}`);
    expect(state?.outcome, `${what} in ${place.channelId}`).toBe('sent');
    expect(state?.sendingAt, `${what} in ${place.channelId}`).toBeDefined();
    const post = await app.quizStore.getPost(latest.postId);
    if (what === 'post') expect(post?.messageRef).toBe(ofChannel(poster.questions(), place).at(-1)?.messageRef);
    else expect(post?.revealedAt).toBeDefined();
  }
  expect((await app.bot.handle({ actor: admin, place: C1, text: 'daily status' })).text).not.toMatch(/cut off|could not be posted/);
}

/** Points as the leaderboard keeps them (all time), by member. */
async function points(app: TestApp) {
  const board = await app.quizStore.leaderboard(scope, 'all', app.clock.now(), 1_000);
  return new Map(board.top.map((s) => [s.memberId, { points: s.points, answered: s.answered, correct: s.correct }]));
}

/** What the reveal must have awarded for these stored answers, once each. */
function expectedPoints(answers: readonly { memberId: string; correct: boolean }[]) {
  return new Map(answers.map((a) => [a.memberId, { points: a.correct ? POINTS_PER_CORRECT : 0, answered: 1, correct: a.correct ? 1 : 0 }]));
}

describe('bot instances on one database, at the same moment, while the platform is slow to answer', () => {
  it('ticks that overlap a send post one question and one reveal per channel per day, each delivered cleanly', async () => {
    const path = join(dir, 'ticks.db');
    const clock = fixedClock('2026-11-23T08:55:00Z');
    const channel = new GatedPoster('slack');
    const apps = [testApp({ path, clock, poster: channel }), testApp({ path, clock, poster: channel }), testApp({ path, clock, poster: channel })];
    const [first] = apps as [TestApp];
    for (const place of channels) await first.bot.handle({ actor: admin, place, text: 'daily on 09:00 UTC 1h' });

    for (const day of ['2026-11-23', '2026-11-24']) {
      clock.set(`${day}T09:00:00Z`);
      const question = channel.hold('question');
      const ticks = apps.map((app) => tracked(app.daily.tick()));
      await question.entered;
      // One instance is inside its send; the others run their whole tick meanwhile, and post nothing twice.
      await turnUntil(() => ticks.filter((t) => t.settled).length === apps.length - 1, 'the other instances to finish while the first is inside its send');
      for (const place of channels) expect(ofChannel(channel.questions(), place).filter((q) => q.reply.title?.endsWith(day)).length).toBeLessThanOrEqual(1);
      question.release();
      await Promise.all(ticks.map((t) => t.promise));
      clock.set(`${day}T09:01:00Z`);
      await Promise.all(apps.map((app) => app.daily.tick()));
      await expectDeliveredCleanly(first, channel, 'post');

      clock.set(`${day}T10:00:00Z`);
      const reveal = channel.hold('reveal');
      const revealTicks = apps.map((app) => tracked(app.daily.tick()));
      await reveal.entered;
      await turnUntil(() => revealTicks.filter((t) => t.settled).length === apps.length - 1, 'the other instances to finish while the first is inside its reveal');
      for (const place of channels) expect(ofChannel(channel.reveals(), place).length).toBeLessThanOrEqual(day === '2026-11-23' ? 1 : 2);
      reveal.release();
      await Promise.all(revealTicks.map((t) => t.promise));
      clock.set(`${day}T10:01:00Z`);
      await Promise.all([...apps.map((app) => app.daily.tick()), first.bot.handle({ actor: admin, place: C1, text: 'daily reveal' })]);
      await expectDeliveredCleanly(first, channel, 'reveal');
    }

    const expected = { questions: ['Question of the day · 2026-11-23', 'Question of the day · 2026-11-24'], reveals: 2 };
    expect(perChannel(channel)).toEqual({ C1: expected, C2: expected, C3: expected });
    // Each question's buttons were closed once, on the message that was posted.
    for (const place of channels) {
      expect(ofChannel(channel.sent.filter((s) => s.kind === 'update'), place).map((u) => u.messageRef))
        .toEqual(ofChannel(channel.questions(), place).map((q) => q.messageRef));
    }
  });

  it('members answering through two instances at once are each counted once, and the reveal awards the points once', async () => {
    const path = join(dir, 'answers.db');
    const clock = fixedClock('2026-11-23T09:00:00Z');
    const channel = new GatedPoster('slack');
    const a = testApp({ path, clock, poster: channel });
    const b = testApp({ path, clock, poster: channel });
    await a.bot.handle({ actor: admin, place: C1, text: 'daily on 09:00 UTC 1h' });
    await a.daily.tick();
    const choices = channel.questions()[0]?.reply.choices.map((c) => c.id) ?? [];
    expect(choices.length).toBeGreaterThanOrEqual(4);
    const postId = (await a.quizStore.latestDaily(C1))?.postId ?? '';

    // Every member clicks in both instances at the same moment (a double click, two replicas).
    clock.set('2026-11-23T09:10:00Z');
    const clicks = members.flatMap((m, i) => [
      { member: m, option: i % 4, reply: a.bot.handleAction({ actor: m, place: C1, actionId: choices[i % 4] ?? '' }) },
      { member: m, option: (i + 1) % 4, reply: b.bot.handleAction({ actor: m, place: C1, actionId: choices[(i + 1) % 4] ?? '' }) },
    ]);
    const texts = await Promise.all(clicks.map((c) => c.reply.then((r) => r.text)));
    const stored = new Map((await b.quizStore.answersFor(postId)).map((s) => [s.memberId, s]));
    expect(stored.size).toBe(members.length);
    for (const member of members) {
      const mine = clicks.map((c, i) => ({ ...c, text: texts[i] ?? '' })).filter((c) => c.member.id === member.id);
      expect(mine.filter((c) => /^Got it/.test(c.text)), member.id).toHaveLength(1);
      expect(mine.filter((c) => /already answered/.test(c.text)), member.id).toHaveLength(1);
      // What was stored is the answer that was acknowledged.
      expect(stored.get(member.id)?.optionIndex).toBe(mine.find((c) => /^Got it/.test(c.text))?.option);
    }
    expect(await points(a)).toEqual(new Map());

    // The reveal: both instances tick at once, and an admin asks for it at the same moment.
    clock.set('2026-11-23T10:00:00Z');
    const held = channel.hold('reveal');
    const reveals = [tracked(a.daily.tick()), tracked(b.daily.tick()), tracked(b.bot.handle({ actor: admin, place: C1, text: 'daily reveal' }))];
    await held.entered;
    await turnUntil(() => reveals.filter((r) => r.settled).length === reveals.length - 1, 'the others to finish while the reveal is being sent');
    held.release();
    await Promise.all(reveals.map((r) => r.promise));
    await Promise.all([a.daily.tick(), b.daily.tick()]);
    expect(channel.reveals()).toHaveLength(1);
    expect(channel.reveals()[0]?.reply.text).toMatch(new RegExp(`of ${members.length}\\b|Nobody got it`));
    expect(await points(a)).toEqual(expectedPoints([...stored.values()]));

    // Late clicks and more ticks change nothing.
    clock.set('2026-11-23T10:05:00Z');
    await Promise.all([
      ...members.slice(0, 5).map((m) => a.bot.handleAction({ actor: m, place: C1, actionId: choices[0] ?? '' })),
      a.daily.tick(), b.daily.tick(),
    ]);
    expect(await points(b)).toEqual(expectedPoints([...stored.values()]));
    expect(channel.reveals()).toHaveLength(1);
  });

  it('answers racing the reveal: every accepted answer is in the reveal and its points, none is accepted after it', async () => {
    const path = join(dir, 'answers-vs-reveal.db');
    const clock = fixedClock('2026-11-23T09:00:00Z');
    const channel = new GatedPoster('slack');
    const a = testApp({ path, clock, poster: channel });
    const b = testApp({ path, clock, poster: channel });
    await a.bot.handle({ actor: admin, place: C1, text: 'daily on 09:00 UTC 8h' });
    await a.daily.tick();
    const choices = channel.questions()[0]?.reply.choices.map((c) => c.id) ?? [];
    const postId = (await a.quizStore.latestDaily(C1))?.postId ?? '';

    clock.set('2026-11-23T09:30:00Z');
    const clicks = members.map((m, i) => (i % 2 ? a : b).bot.handleAction({ actor: m, place: C1, actionId: choices[i % 4] ?? '' }));
    const revealed = b.bot.handle({ actor: admin, place: C1, text: 'daily reveal' });
    const texts = (await Promise.all(clicks)).map((r) => r.text);
    expect((await revealed).text).toBe('Revealed.');
    await Promise.all([a.daily.tick(), b.daily.tick()]);

    const accepted = texts.filter((t) => /^Got it/.test(t)).length;
    expect(accepted + texts.filter((t) => /question is closed/.test(t)).length).toBe(members.length);
    const stored = await a.quizStore.answersFor(postId);
    expect(stored).toHaveLength(accepted);
    expect(await points(a)).toEqual(expectedPoints(stored));
    const reveal = channel.reveals();
    expect(reveal).toHaveLength(1);
    // The reveal counted exactly the accepted answers (a "Select TWO" answer is a vote for each of its two options).
    const pick = testBank().byId((await a.quizStore.getPost(postId))?.questionId ?? '')?.pick ?? 1;
    const votes = reveal[0]?.reply.fields.map((f) => Number(/(\d+) votes?/.exec(f.label)?.[1] ?? 0)).reduce((x, y) => x + y, 0);
    expect(votes).toBe(accepted * pick);
  });
});

describe('answers at one instance while another reveals, their clocks a second apart', () => {
  it('an answer accepted just before the close is in the reveal\'s points; one that comes after the reveal is refused', async () => {
    const path = join(dir, 'skewed-clocks.db');
    const answering = testApp({ path, clock: fixedClock('2026-11-23T09:00:00Z') });
    const channel = new GatedPoster('slack');
    const revealing = testApp({ path, clock: fixedClock('2026-11-23T09:00:00Z'), poster: channel });
    await revealing.bot.handle({ actor: admin, place: C1, text: 'daily on 09:00 UTC 1h' });
    await revealing.daily.tick();
    const choices = channel.questions()[0]?.reply.choices.map((c) => c.id) ?? [];
    const postId = (await revealing.quizStore.latestDaily(C1))?.postId ?? '';

    // One instance's clock still reads 09:59:59 while the other's reads 10:00:00 and reveals.
    answering.clock.set('2026-11-23T09:59:59Z');
    revealing.clock.set('2026-11-23T10:00:00Z');
    const crowd: Actor[] = Array.from({ length: 400 }, (_, i) => ({ id: `V${String(i).padStart(3, '0')}`, name: `voter${i}`, isAdmin: false }));
    const clicks: Promise<string>[] = [];
    let reveal: Promise<void> | undefined;
    // A steady stream of clicks, one more on every turn of the microtask queue, with the reveal starting in the middle.
    for (const [i, m] of crowd.entries()) {
      if (i === 100) reveal = revealing.daily.tick();
      clicks.push(answering.bot.handleAction({ actor: m, place: C1, actionId: choices[i % 4] ?? '' }).then((r) => r.text));
      await Promise.resolve();
    }
    await reveal;
    const texts = await Promise.all(clicks);
    const accepted = texts.filter((t) => /^Got it/.test(t)).length;
    // The stream straddles the reveal: some clicks came before it, some after.
    expect(accepted).toBeGreaterThan(0);
    expect(texts.filter((t) => /question is closed/.test(t)).length).toBe(crowd.length - accepted);
    expect(accepted).toBeLessThan(crowd.length);

    const stored = await answering.quizStore.answersFor(postId);
    expect(stored).toHaveLength(accepted);
    expect(await points(revealing)).toEqual(expectedPoints(stored));
    expect(channel.reveals()).toHaveLength(1);
    // (The reveal message itself counts the answers when it is composed, before it is sent and recorded, so
    // with clocks apart it can miss the last few accepted here; the points do not.)
  });
});

describe('the scheduler: fires that overlap a send', () => {
  it('a second fire while the first tick is inside its send waits for it: one post, delivered cleanly, even when the send outlasts the lease', async () => {
    const cron = new FakeCron();
    const clock = fixedClock('2026-11-23T08:00:00Z');
    const channel = new GatedPoster('slack');
    const app = testApp({ clock, poster: channel });
    const scheduler = new DailyScheduler({ daily: app.daily, schedules: app.scheduleStore, logger: { debug() {}, info() {}, warn() {}, error() {} }, cron });
    let inFlight = 0;
    let mostAtOnce = 0;
    const tick = app.daily.tick.bind(app.daily);
    app.daily.tick = async (now?: Date) => {
      mostAtOnce = Math.max(mostAtOnce, ++inFlight);
      try {
        return await tick(now);
      } finally {
        inFlight -= 1;
      }
    };
    await app.bot.handle({ actor: admin, place: C1, text: 'daily on 09:30 Europe/Berlin 8h' });
    await scheduler.start();
    expect(channel.questions()).toHaveLength(0);

    clock.set('2026-11-23T08:30:00Z'); // 09:30 in Berlin
    const held = channel.hold('question');
    const first = tracked(Promise.resolve(cron.job('30 9 * * *').fire()));
    await held.entered;
    // The platform is slow: the sweep keeps firing every minute, past the delivery lease.
    const later: ReturnType<typeof tracked>[] = [];
    for (let minute = 1; minute <= 3; minute++) {
      clock.advance(60_000);
      later.push(tracked(Promise.resolve(cron.job('* * * * *').fire())));
      await turns(20);
    }
    later.push(tracked(Promise.resolve(cron.job('30 9 * * *').fire())));
    await turns(50);
    // None of the later fires ran its tick alongside the one inside its send (soft: what follows shows the damage if they did).
    expect.soft(later.map((t) => t.settled)).toEqual([false, false, false, false]);
    expect.soft(mostAtOnce).toBe(1);
    held.release();
    await Promise.all([first.promise, ...later.map((t) => t.promise)]);
    expect.soft(mostAtOnce).toBe(1);
    expect(channel.questions()).toHaveLength(1);
    const postId = (await app.quizStore.latestDaily(C1))?.postId ?? '';
    expect((await app.scheduleStore.deliveryState(`post:${postId}`))?.outcome).toBe('sent');
    expect((await app.bot.handle({ actor: admin, place: C1, text: 'daily status' })).text).not.toMatch(/cut off/);
    await scheduler.stop();
  });

  it('two instances whose jobs fire at the same moment, one held inside its send: one post', async () => {
    const path = join(dir, 'two-schedulers.db');
    const clock = fixedClock('2026-11-23T08:00:00Z');
    const channel = new GatedPoster('slack');
    const instances = [0, 1].map(() => {
      const cron = new FakeCron();
      const app = testApp({ path, clock, poster: channel });
      return { app, cron, scheduler: new DailyScheduler({ daily: app.daily, schedules: app.scheduleStore, logger: { debug() {}, info() {}, warn() {}, error() {} }, cron }) };
    });
    await instances[0]?.app.bot.handle({ actor: admin, place: C1, text: 'daily on 09:30 Europe/Berlin 8h' });
    for (const i of instances) await i.scheduler.start();
    clock.set('2026-11-23T08:30:00Z');
    const held = channel.hold('question');
    const fires = instances.flatMap((i) => [i.cron.job('30 9 * * *'), i.cron.job('* * * * *')]).map((job) => tracked(Promise.resolve(job.fire())));
    await held.entered;
    await turnUntil(() => fires.filter((f) => f.settled).length >= 2, 'the other instance to finish its fires');
    expect(channel.questions()).toHaveLength(1);
    held.release();
    await Promise.all(fires.map((f) => f.promise));
    expect(channel.questions()).toHaveLength(1);
    await expect(instances[1]?.app.scheduleStore.deliveryState(`post:${(await instances[1]?.app.quizStore.latestDaily(C1))?.postId ?? ''}`)).resolves.toMatchObject({ outcome: 'sent' });
    for (const i of instances) await i.scheduler.stop();
  });
});

describe('two bot processes on one database file, at the same moment', () => {
  it('tick, answer and reveal together, each while the other is inside a send: everything happens once', async () => {
    const files = { db: join(dir, 'processes.db'), channel: join(dir, 'processes.channel') };
    // Created and migrated first: two instances migrating a new file at the same moment is another matter.
    openDatabase(files.db).close();
    const [one, two] = await Promise.all([BotProcess.start('one', files), BotProcess.start('two', files)]);
    const both = [one, two];
    try {
      for (const place of channels) await one.say('2026-11-23T08:50:00Z', admin, place, 'daily on 09:00 UTC 1h');

      // Both tick at 09:00; each holds its first question send open, so each is inside a send while the other runs.
      await Promise.all(both.map((p) => p.hold('question')));
      const ticks = both.map((p) => p.tick('2026-11-23T09:00:00Z'));
      const held = await Promise.all(both.map((p) => p.inSend()));
      expect(new Set(held.map((h) => h.channel)).size).toBe(2);
      await Promise.all(both.map((p) => p.release()));
      await Promise.all(ticks);
      await Promise.all(both.map((p) => p.tick('2026-11-23T09:01:00Z')));
      for (const place of channels) expect(posts(readChannel(files.channel), 'question', place.channelId), place.channelId).toHaveLength(1);

      // Members answer through both processes at once, each clicking in both.
      const choicesOf = (place: Place) => posts(readChannel(files.channel), 'question', place.channelId)[0]?.choices ?? [];
      const choices = choicesOf(C1);
      const some = members.slice(0, 24);
      const texts = await Promise.all(some.flatMap((m, i) => both.map((p, j) => p.click('2026-11-23T09:20:00Z', m, C1, choices[(i + j) % 4] ?? ''))));
      for (const [i, m] of some.entries()) {
        const mine = texts.slice(i * 2, i * 2 + 2);
        expect(mine.filter((t) => /^Got it/.test(t)), m.id).toHaveLength(1);
        expect(mine.filter((t) => /already answered/.test(t)), m.id).toHaveLength(1);
      }

      // Both reveal at 10:00, each holding its first reveal send open.
      await Promise.all(both.map((p) => p.hold('reveal')));
      const revealTicks = both.map((p) => p.tick('2026-11-23T10:00:00Z'));
      const heldReveals = await Promise.all(both.map((p) => p.inSend()));
      expect(new Set(heldReveals.map((h) => h.channel)).size).toBe(2);
      await Promise.all(both.map((p) => p.release()));
      await Promise.all(revealTicks);
      await Promise.all(both.map((p) => p.tick('2026-11-23T10:01:00Z')));

      const shown = readChannel(files.channel);
      for (const place of channels) {
        expect(posts(shown, 'question', place.channelId), place.channelId).toHaveLength(1);
        expect(posts(shown, 'reveal', place.channelId), place.channelId).toHaveLength(1);
      }
      const db = new Database(files.db, { readonly: true });
      try {
        const outcomes = db.prepare('SELECT key, outcome FROM deliveries ORDER BY key').all() as { key: string; outcome: string }[];
        expect(outcomes).toHaveLength(6);
        expect(outcomes.every((o) => o.outcome === 'sent'), JSON.stringify(outcomes)).toBe(true);
        const answers = db.prepare("SELECT member_id, correct FROM answers WHERE kind = 'daily'").all() as { member_id: string; correct: number }[];
        expect(answers).toHaveLength(some.length);
        const scores = db.prepare("SELECT member_id, points, answered FROM scores WHERE period = 'all' ORDER BY member_id").all();
        expect(scores).toEqual(answers.map((a) => ({ member_id: a.member_id, points: a.correct ? POINTS_PER_CORRECT : 0, answered: 1 }))
          .sort((x, y) => x.member_id.localeCompare(y.member_id)));
      } finally {
        db.close();
      }
    } finally {
      await Promise.all(both.map((p) => p.release().catch(() => undefined)));
      await Promise.all(both.map((p) => p.stop()));
    }
  });
});
