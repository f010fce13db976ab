import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor, Place } from '../../../src/core/request.js';
import { localParts } from '../../../src/core/daily/local-time.js';
import { fixedClock } from '../../helpers/bot.js';
import { testApp, type TestApp } from '../../helpers/assembly.js';
import { RecordingPoster } from '../../helpers/recording-poster.js';

const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const admin: Actor = { id: 'U-admin', name: 'ada', isAdmin: true };
const member: Actor = { id: 'U-m', name: 'max', isAdmin: false };

const dir = mkdtempSync(join(tmpdir(), 'studybot-daily-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function say(app: TestApp, text: string, actor: Actor = admin) {
  return app.bot.handle({ actor, place, text });
}

/** Runs the clock minute by minute, ticking like the sweep does (twice, as a double fire would). */
async function runMinutes(apps: TestApp[], fromIso: string, toIso: string, firesPerMinute = 1) {
  const clock = apps[0]?.clock;
  if (!clock) return;
  for (let t = new Date(fromIso).getTime(); t < new Date(toIso).getTime(); t += 60_000) {
    clock.set(new Date(t).toISOString());
    for (let fire = 0; fire < firesPerMinute; fire++) {
      for (const app of apps) await app.daily.tick(new Date(t));
    }
  }
}

/** The local date each posted question says it is for. */
function questionDates(poster: RecordingPoster): string[] {
  return poster.questions().map((q) => q.reply.title?.replace('Question of the day · ', '') ?? '');
}

describe('/aws daily settings', () => {
  it('an admin turns it on with time, timezone and reveal delay; status shows the next post in local time', async () => {
    const app = testApp();
    const on = await say(app, 'daily on 09:00 Europe/Berlin 8h');
    expect(on.text).toContain('09:00 Europe/Berlin, revealed 8h later');
    const status = await say(app, 'daily status', member);
    // 09:00 UTC is 10:00 in Berlin, so today's post time has passed.
    expect(status.text).toContain('Next question: 2026-11-24 09:00 (Europe/Berlin)');
  });

  it('defaults are stated: 09:00, the default timezone, 8h', async () => {
    const app = testApp();
    expect((await say(app, 'daily status')).text).toContain('default 09:00 UTC, revealed 8h later');
    expect((await say(app, 'daily on')).text).toContain('09:00 UTC, revealed 8h later');
  });

  it.each([
    ['daily on 25:00', /as a time/],
    ['daily on 9:75', /as a time/],
    ['daily on 09:00 Mars/Olympus_Mons', /not a timezone I know.*Europe\/Berlin/],
    ['daily on 09:00 UTC 30h', /between 10 minutes and 23 hours/],
    ['daily sometimes', /Choose on, off, status, now or reveal.*\/aws daily on/],
  ])('%s gets a clear reply with an example and changes nothing', async (text, expected) => {
    const app = testApp();
    await say(app, 'daily on 07:30 Asia/Tokyo 2h');
    const reply = await say(app, text);
    expect(reply.text).toMatch(expected);
    expect(reply.tone).toBe('warning');
    expect(await app.scheduleStore.schedule(place)).toMatchObject({ postAtMinutes: 450, timeZone: 'Asia/Tokyo', revealAfterMinutes: 120 });
  });

  it('members who are not admins cannot change it', async () => {
    const app = testApp();
    const reply = await say(app, 'daily on 10:00', member);
    expect(reply.text).toMatch(/Only admins/);
    expect(await app.scheduleStore.schedule(place)).toBeUndefined();
    expect((await say(app, 'daily now', member)).text).toMatch(/Only admins/);
    expect(app.poster.sent).toHaveLength(0);
  });
});

describe('posting and revealing', () => {
  it('daily now posts one question with four answer buttons; a second "now" the same day does not post again', async () => {
    const app = testApp();
    const first = await say(app, 'daily now');
    expect(first.text).toMatch(/Posted today's question/);
    const again = await say(app, 'daily now');
    expect(again.text).toMatch(/already out/);
    expect(app.poster.questions()).toHaveLength(1);
    expect(app.poster.questions()[0]?.reply.choices).toHaveLength(4);
  });

  it('members answer with buttons; the first answer counts; the reveal shows votes and every explanation and closes the buttons', async () => {
    const app = testApp();
    await say(app, 'daily now');
    const question = app.poster.questions()[0];
    const [a, b] = question?.reply.choices ?? [];
    const ann: Actor = { id: 'U-ann', name: 'ann', isAdmin: false };
    expect((await app.bot.handleAction({ actor: ann, place, actionId: a?.id ?? '' })).text).toMatch(/Got it/);
    expect((await app.bot.handleAction({ actor: ann, place, actionId: b?.id ?? '' })).text).toMatch(/already answered/);
    expect((await app.bot.handleAction({ actor: member, place, actionId: b?.id ?? '' })).text).toMatch(/Got it/);

    await say(app, 'daily reveal');
    const reveal = app.poster.reveals()[0];
    expect(reveal).toBeDefined();
    expect(reveal?.reply.fields).toHaveLength(4);
    expect(reveal?.reply.fields.map((f) => f.label).join(' ')).toMatch(/1 vote/);
    expect(reveal?.reply.fields.every((f) => f.value.length > 10)).toBe(true);
    expect(reveal?.reply.footer).toMatch(/Study it: \/aws [a-z0-9-]+/);
    const update = app.poster.sent.find((s) => s.kind === 'update');
    expect(update?.messageRef).toBe(question?.messageRef);
    expect(update?.reply.choices).toHaveLength(0);

    const late: Actor = { id: 'U-late', name: 'lee', isAdmin: false };
    expect((await app.bot.handleAction({ actor: late, place, actionId: a?.id ?? '' })).text).toMatch(/question is closed/);
    expect((await say(app, 'daily reveal')).text).toMatch(/revealed already/);
    expect(app.poster.reveals()).toHaveLength(1);
  });

  it('the leaderboard and /aws me change as members answer', async () => {
    const app = testApp();
    await say(app, 'daily now');
    const choices = app.poster.questions()[0]?.reply.choices ?? [];
    const answer = await app.bot.handleAction({ actor: member, place, actionId: choices[0]?.id ?? '' });
    expect(answer.tone).toBe('success');
    await say(app, 'daily reveal');
    const top = await say(app, 'top', member);
    expect(top.text).toMatch(/1\. max \(you\): (0|10) pts/);
    const me = await say(app, 'me', member);
    expect(me.fields.find((f) => f.label === 'Daily streak')?.value).toBe('1 now · best 1');
  });
});

describe('the schedule over a week', () => {
  it('posts once and reveals once per local day, even when cron fires twice', async () => {
    const clock = fixedClock('2026-11-16T00:00:00Z');
    const app = testApp({ clock });
    await say(app, 'daily on 09:00 Europe/Berlin 8h');
    await runMinutes([app], '2026-11-16T00:00:00Z', '2026-11-23T00:00:00Z', 2);
    const posts = app.poster.questions();
    expect(posts.map((p) => p.reply.title)).toEqual([16, 17, 18, 19, 20, 21, 22].map((d) => `Question of the day · 2026-11-${d}`));
    expect(app.poster.reveals()).toHaveLength(7);
    // No two days share a question, and the week is spread over at least five topics.
    expect(new Set(posts.map((p) => p.reply.text)).size).toBe(7);
  });

  it.each([
    ['Europe/Berlin', '2026-03-23T00:00:00Z', '2026-03-30T12:00:00Z', '02:30'],
    ['Europe/Berlin', '2026-10-19T00:00:00Z', '2026-10-26T12:00:00Z', '02:30'],
    ['America/New_York', '2026-03-02T12:00:00Z', '2026-03-09T12:00:00Z', '02:30'],
    ['America/New_York', '2026-10-26T12:00:00Z', '2026-11-02T12:00:00Z', '01:30'],
  ])('a daylight-saving week in %s (from %s) gives one post per local day at %s', async (zone, from, to, time) => {
    const clock = fixedClock(from);
    const app = testApp({ clock });
    await say(app, `daily on ${time} ${zone} 4h`);
    const postedAt: string[] = [];
    const origPost = app.poster.post.bind(app.poster);
    app.poster.post = async (p, r) => {
      if (r.title?.startsWith('Question of the day')) {
        const local = localParts(clock.now(), zone);
        postedAt.push(local.date);
      }
      return origPost(p, r);
    };
    await runMinutes([app], from, to, 2);
    expect(postedAt.length).toBeGreaterThanOrEqual(7);
    expect(new Set(postedAt).size).toBe(postedAt.length);
    expect(app.poster.reveals().length).toBe(app.poster.questions().length);
    expect(questionDates(app.poster)).toEqual(postedAt);
    // A week of minutes takes about 6 s on its own and several times that on a busy machine.
  }, 90_000);
});

describe('clock jumps', () => {
  it('a jump back in time does not post again; a jump forward reveals what is overdue and posts today once', async () => {
    const clock = fixedClock('2026-11-23T09:00:00Z');
    const app = testApp({ clock });
    await say(app, 'daily on 09:00 UTC 8h');
    await app.daily.tick();
    clock.set('2026-11-23T08:30:00Z'); // NTP steps the clock back
    await app.daily.tick();
    clock.set('2026-11-23T09:00:00Z');
    await app.daily.tick();
    expect(app.poster.questions()).toHaveLength(1);

    clock.set('2026-11-26T10:00:00Z'); // the machine slept for three days
    await app.daily.tick();
    expect(app.poster.reveals()).toHaveLength(1);
    expect(questionDates(app.poster)).toEqual(['2026-11-23', '2026-11-26']);
    // The skipped days are not silent: the next question says so.
    expect(app.poster.questions()[1]?.reply.text).toMatch(/^I was offline on 2026-11-24 to 2026-11-25/);
    expect(app.poster.questions()[0]?.reply.text).not.toMatch(/offline/);
  });
});

describe('exactly once across restarts and processes', () => {
  it('two bot processes on one database post once per channel per day', async () => {
    const path = join(dir, 'two-processes.db');
    const clock = fixedClock('2026-11-23T08:59:00Z');
    const a = testApp({ path, clock });
    const b = testApp({ path, clock, poster: a.poster });
    await say(a, 'daily on 09:00 UTC 8h');
    await runMinutes([a, b], '2026-11-23T08:59:00Z', '2026-11-23T17:05:00Z', 2);
    expect(a.poster.questions()).toHaveLength(1);
    expect(a.poster.reveals()).toHaveLength(1);
  });

  it('two bot processes on one database take one answer per member', async () => {
    const path = join(dir, 'two-answers.db');
    const clock = fixedClock('2026-11-23T09:00:00Z');
    const a = testApp({ path, clock });
    const b = testApp({ path, clock, poster: a.poster });
    await say(a, 'daily now');
    const [first, second] = a.poster.questions()[0]?.reply.choices ?? [];
    const results = await Promise.all([
      a.bot.handleAction({ actor: member, place, actionId: first?.id ?? '' }),
      b.bot.handleAction({ actor: member, place, actionId: second?.id ?? '' }),
    ]);
    expect(results.filter((r) => /^Got it/.test(r.text))).toHaveLength(1);
    expect(results.filter((r) => /already answered/.test(r.text))).toHaveLength(1);
    expect(await b.quizStore.answersFor(a.poster.questions()[0]?.reply.choices[0]?.id.split(':')[1] ?? '')).toHaveLength(1);
  });

  it('a restart between post and reveal keeps the answers and reveals once', async () => {
    const path = join(dir, 'restart.db');
    const clock = fixedClock('2026-11-23T09:00:00Z');
    const before = testApp({ path, clock });
    await say(before, 'daily on 09:00 UTC 8h');
    await before.daily.tick();
    const choice = before.poster.questions()[0]?.reply.choices[0]?.id ?? '';
    await before.bot.handleAction({ actor: member, place, actionId: choice });
    before.db.close();

    clock.set('2026-11-23T18:30:00Z'); // down through the reveal time
    const after = testApp({ path, clock });
    await after.scheduler.start();
    await after.scheduler.stop();
    expect(after.poster.reveals()).toHaveLength(1);
    expect(after.poster.reveals()[0]?.reply.text).toMatch(/1 of 1|Nobody got it/);
    expect((await after.bot.handleAction({ actor: member, place, actionId: choice })).text).toMatch(/already answered/);
    await after.daily.tick();
    expect(after.poster.reveals()).toHaveLength(1);
  });

  it('catch-up: a post missed while down is posted on start if its window is still open', async () => {
    const clock = fixedClock('2026-11-23T11:00:00Z');
    const app = testApp({ clock });
    await app.scheduleStore.saveSchedule({ place, enabled: true, postAtMinutes: 540, timeZone: 'UTC', revealAfterMinutes: 480, updatedBy: 'x', updatedAt: clock.now() });
    await app.daily.tick();
    expect(app.poster.questions()).toHaveLength(1);

    const late = testApp({ clock: fixedClock('2026-11-23T17:30:00Z') });
    await late.scheduleStore.saveSchedule({ place, enabled: true, postAtMinutes: 540, timeZone: 'UTC', revealAfterMinutes: 480, updatedBy: 'x', updatedAt: late.clock.now() });
    await late.daily.tick();
    expect(late.poster.questions()).toHaveLength(0);
  });

  it('a failed send is retried on the next tick and still posts once', async () => {
    const clock = fixedClock('2026-11-23T09:00:00Z');
    const app = testApp({ clock });
    await say(app, 'daily on 09:00 UTC 8h');
    app.poster.failNext = 1;
    await app.daily.tick();
    expect(app.poster.questions()).toHaveLength(0);
    clock.advance(60_000);
    await app.daily.tick();
    await app.daily.tick();
    expect(app.poster.questions()).toHaveLength(1);
  });
});
