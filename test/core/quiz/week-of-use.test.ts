import { describe, expect, it } from 'vitest';
import type { Actor, Place } from '../../../src/core/request.js';
import { testApp, type TestApp } from '../../helpers/assembly.js';
import { fixedClock } from '../../helpers/bot.js';

const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const admin: Actor = { id: 'U-admin', name: 'ada', isAdmin: true };
const member = (i: number): Actor => ({ id: `U${i}`, name: `member${i}`, isAdmin: false });

async function todaysQuestion(app: TestApp) {
  await app.bot.handle({ actor: admin, place, text: 'daily on 09:00 UTC 8h' });
  await app.daily.tick();
  const question = app.poster.questions().at(-1);
  if (!question) throw new Error('no question posted');
  return question;
}

describe('a week of use: the rough edges', () => {
  it('/aws top before the reveal says how many answered and that points come at the reveal', async () => {
    const app = testApp({ clock: fixedClock('2026-11-23T09:00:00Z') });
    const question = await todaysQuestion(app);
    for (let i = 0; i < 5; i++) await app.bot.handleAction({ actor: member(i), place, actionId: question.reply.choices[1]?.id ?? '' });
    const top = await app.bot.handle({ actor: member(0), place, text: 'top' });
    expect(top.text).toBe('No points yet. 5 members have answered today\'s question; points are added at the reveal.');
    app.clock.set('2026-11-23T17:01:00Z');
    await app.daily.tick();
    expect((await app.bot.handle({ actor: member(0), place, text: 'top' })).text).not.toMatch(/answered today's question/);
  });

  it('the streak cheer at the reveal names the longest few and counts the rest, however many are on a streak', async () => {
    const app = testApp({ clock: fixedClock('2026-11-20T09:00:00Z') });
    await app.bot.handle({ actor: admin, place, text: 'daily on 09:00 UTC 8h' });
    for (let day = 20; day <= 22; day++) {
      app.clock.set(`2026-11-${day}T09:00:00Z`);
      await app.daily.tick();
      const question = app.poster.questions().at(-1);
      for (let i = 0; i < 150; i++) await app.bot.handleAction({ actor: member(i), place, actionId: question?.reply.choices[0]?.id ?? '' });
      app.clock.set(`2026-11-${day}T17:01:00Z`);
      await app.daily.tick();
    }
    const reveal = app.poster.reveals().at(-1)?.reply;
    const cheer = reveal?.text.split('\n').find((line) => line.startsWith('🔥')) ?? '';
    expect(cheer.match(/days in a row/g)).toHaveLength(5);
    expect(cheer).toMatch(/and 145 more on a streak$/);
    expect(reveal?.text.length ?? 0).toBeLessThan(1_500);
  });
});

describe('daily status, now and reveal after a manual post', () => {
  it('status names tomorrow once today\'s question is out early; after a reveal, now and reveal point to the next post, not to each other', async () => {
    const app = testApp({ clock: fixedClock('2026-11-23T07:00:00Z') });
    await app.bot.handle({ actor: admin, place, text: 'daily on 09:00 UTC 8h' });
    expect((await app.bot.handle({ actor: admin, place, text: 'daily now' })).tone).toBe('success');
    expect((await app.bot.handle({ actor: admin, place, text: 'daily status' })).text).toMatch(/Next question: 2026-11-24 09:00 \(UTC\)/);
    expect((await app.bot.handle({ actor: admin, place, text: 'daily reveal' })).text).toBe('Revealed.');
    const now = await app.bot.handle({ actor: admin, place, text: 'daily now' });
    const reveal = await app.bot.handle({ actor: admin, place, text: 'daily reveal' });
    expect(now.text).toMatch(/revealed already.*next one goes out 2026-11-24 09:00/);
    expect(reveal.text).toMatch(/revealed already.*next one goes out 2026-11-24 09:00/);
    expect(now.text).not.toMatch(/daily reveal/);
    expect(reveal.text).not.toMatch(/daily now/);
  });
});

describe('answers only from their place', () => {
  it('a click on the daily question from another channel, workspace, DM or platform is refused politely and changes nothing', async () => {
    const app = testApp({ clock: fixedClock('2026-11-23T09:00:00Z') });
    const question = await todaysQuestion(app);
    const actionId = question.reply.choices[1]?.id ?? '';
    const elsewhere: Place[] = [
      { ...place, channelId: 'C-other' },
      { ...place, workspaceId: 'T-other' },
      { ...place, channelId: 'D-direct' },
      { platform: 'discord', workspaceId: 'T1', channelId: 'C1' },
    ];
    for (const from of elsewhere) {
      const said = await app.bot.handleAction({ actor: member(1), place: from, actionId });
      expect(said.tone, JSON.stringify(from)).toBe('warning');
      expect(said.text).toMatch(/another channel/);
    }
    const postId = (await app.quizStore.latestDaily(place))?.postId ?? '';
    expect(await app.quizStore.answersFor(postId)).toHaveLength(0);
    expect((await app.bot.handleAction({ actor: member(1), place, actionId })).text).toMatch(/Got it/);
  });

  it('a practice question counts only for its owner in its own workspace', async () => {
    const app = testApp();
    const q = await app.bot.handle({ actor: member(1), place, text: 'quiz' });
    const actionId = q.choices[0]?.id ?? '';
    expect((await app.bot.handleAction({ actor: member(1), place: { ...place, workspaceId: 'T-other' }, actionId })).text).toMatch(/asked somewhere else/);
    expect((await app.bot.handleAction({ actor: member(2), place, actionId })).text).toMatch(/belongs to someone else/);
    expect((await app.bot.handleAction({ actor: member(1), place: { ...place, channelId: 'C-other' }, actionId })).tone).not.toBe('warning');
  });
});

describe('weekly and monthly boards in the channel\'s timezone', () => {
  it('an answer on Monday 00:30 in Auckland counts on the new week there, though it is still Sunday in UTC', async () => {
    const app = testApp({ clock: fixedClock('2026-11-29T11:00:00Z') }); // Monday 30 Nov 00:00 in Auckland (UTC+13)
    await app.bot.handle({ actor: admin, place, text: 'daily on 00:05 Pacific/Auckland 1h' });
    app.clock.set('2026-11-29T11:05:00Z');
    await app.daily.tick();
    const question = app.poster.questions().at(-1);
    const postId = (await app.quizStore.latestDaily(place))?.postId ?? '';
    const right = (await app.quizStore.getPost(postId))?.answerIndex ?? 0;
    app.clock.set('2026-11-29T11:30:00Z'); // 00:30 Monday in Auckland, 11:30 Sunday in UTC
    await app.bot.handleAction({ actor: member(7), place, actionId: question?.reply.choices[right]?.id ?? '' });
    app.clock.set('2026-11-29T12:10:00Z');
    await app.daily.tick();
    const week = await app.bot.handle({ actor: member(7), place, text: 'top week' });
    expect(week.text).toMatch(/member7 \(you\)/);
    // Seen from the UTC week (a workspace without a schedule in Auckland) the answer is in the next week.
    expect(await app.quizStore.standingOf({ platform: 'slack', workspaceId: 'T1' }, 'week', new Date('2026-11-29T12:10:00Z'), member(7).id, 'UTC')).toBeUndefined();
    expect(await app.quizStore.standingOf({ platform: 'slack', workspaceId: 'T1' }, 'week', new Date('2026-11-29T12:10:00Z'), member(7).id, 'Pacific/Auckland')).toMatchObject({ points: 10 });
    // And a week later in Auckland, the board has rolled over.
    app.clock.set('2026-12-06T11:01:00Z');
    expect((await app.bot.handle({ actor: member(7), place, text: 'top week' })).text).not.toMatch(/member7/);
  });
});
