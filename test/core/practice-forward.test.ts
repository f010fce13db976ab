import { describe, expect, it } from 'vitest';
import { parseCard } from '../../src/core/quiz/practice-scheduler.js';
import { whenLocal } from '../../src/core/quiz/practice-presenters.js';
import type { Reply } from '../../src/core/reply.js';
import type { Actor, Place } from '../../src/core/request.js';
import { testApp, type TestApp } from '../helpers/assembly.js';

const place: Place = { platform: 'discord', workspaceId: 'G1', channelId: 'C1' };
const ann: Actor = { id: 'ann', name: 'ann', isAdmin: false };
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const postIdOf = (q: Reply) => q.choices[0]?.id.split(':')[1] ?? '';

/** Answers a practice question right or wrong, as the member would by clicking a button. */
async function answer(app: TestApp, q: Reply, right: boolean, actor: Actor = ann): Promise<void> {
  const post = await app.quizStore.getPost(postIdOf(q));
  if (!post) throw new Error(`no post behind ${q.title ?? q.text}`);
  const index = right ? post.answerIndex : (post.answerIndex + 1) % q.choices.length;
  await app.bot.handleAction({ actor, place, actionId: q.choices[index]?.id ?? '' });
}

const topicOf = async (app: TestApp, q: Reply) => (await app.quizStore.getPost(postIdOf(q)))?.topicId;
const questionOf = async (app: TestApp, q: Reply) => (await app.quizStore.getPost(postIdOf(q)))?.questionId;
const reasonOf = (q: Reply) => /new to you|due for review|a weak spot|review ahead/.exec(q.footer ?? '')?.[0] ?? (q.title ?? q.text);

describe('practice that moves forward', () => {
  it('a simulated week of 3 questions a day at 80% meets at least 12 topics and still serves due reviews', async () => {
    const app = testApp();
    const topics = new Set<string>();
    const reasons: string[] = [];
    let n = 0;
    for (let day = 0; day < 7; day++) {
      app.clock.set(new Date(Date.parse('2026-11-23T09:00:00Z') + day * DAY).toISOString());
      for (let i = 0; i < 3; i++) {
        const q = await app.bot.handle({ actor: ann, place, text: 'quiz' });
        expect(q.choices.length).toBeGreaterThan(0);
        topics.add((await topicOf(app, q)) ?? '');
        reasons.push(reasonOf(q));
        await answer(app, q, ++n % 5 !== 0); // every fifth answer wrong: 80%
        app.clock.advance(5 * MINUTE);
      }
    }
    // Before: 4 topics in this week, all of them "due for review". Now two new ones a day.
    expect(topics.size).toBeGreaterThanOrEqual(12);
    expect(reasons.filter((r) => r === 'new to you').length).toBe(topics.size);
    expect(reasons.filter((r) => r === 'due for review').length).toBeGreaterThanOrEqual(5);
  });

  it('a new topic and a review take turns while both are there, starting with a new one', async () => {
    const app = testApp();
    // Three new topics answered wrong in one moment (a wrong answer comes due a minute later).
    for (let i = 0; i < 3; i++) await answer(app, await app.bot.handle({ actor: ann, place, text: 'quiz' }), false);
    app.clock.set('2026-11-24T09:00:00Z'); // all three are due for review now
    const reasons: string[] = [];
    for (let i = 0; i < 6; i++) {
      const q = await app.bot.handle({ actor: ann, place, text: 'quiz' });
      reasons.push(reasonOf(q));
      await answer(app, q, true);
    }
    expect(reasons).toEqual(['new to you', 'due for review', 'new to you', 'due for review', 'new to you', 'due for review']);
  });

  it('the daily new-topic limit holds, then practice is done for the day, with a kind word and the next review', async () => {
    const app = testApp();
    const reasons: string[] = [];
    let last: Reply | undefined;
    for (let i = 0; i < 4; i++) {
      last = await app.quiz.startPractice(ann, place, { newPerDay: 3 });
      reasons.push(reasonOf(last));
      if (last.choices.length > 0) await answer(app, last, true);
      app.clock.advance(MINUTE);
    }
    expect(reasons.slice(0, 3)).toEqual(['new to you', 'new to you', 'new to you']);
    const cards = [...(await app.quizStore.practiceCards({ platform: 'discord', workspaceId: 'G1' }, 'ann')).values()];
    const nextDue = new Date(Math.min(...cards.map((c) => parseCard(c)?.due.getTime() ?? Infinity)));
    expect(last?.visibility).toBe('private');
    expect(last?.choices).toEqual([]);
    expect(last?.text).toBe(`You're done for today: 3 new topics, 0 reviews. Next review due ${whenLocal(nextDue, app.clock.now(), 'UTC')}.`);
    expect(last?.footer).toMatch(/\/aws quiz more/);
    // Plain /aws quiz (default limit 5) still has room for two more new topics today.
    expect(reasonOf(await app.bot.handle({ actor: ann, place, text: 'quiz' }))).toBe('new to you');
  });

  it('/aws quiz more goes on after the day is done', async () => {
    const app = testApp();
    const done = await app.quiz.startPractice(ann, place, { newPerDay: 0 });
    expect(done.text).toBe("You're done for today: 0 new topics, 0 reviews. New topics open again tomorrow.");
    const more = await app.bot.handle({ actor: ann, place, text: 'quiz more' });
    expect(more.choices.length).toBeGreaterThan(0);
    expect(reasonOf(more)).toBe('new to you');
  });

  it('"today" is the member\'s own day: a new day in their timezone brings new topics', async () => {
    const app = testApp();
    const auckland = { newPerDay: 1, timeZone: 'Pacific/Auckland' }; // UTC+13 in November
    app.clock.set('2026-11-23T10:30:00Z'); // 23:30 on the 23rd in Auckland
    await answer(app, await app.quiz.startPractice(ann, place, auckland), true);
    app.clock.set('2026-11-23T10:35:00Z'); // a right answer comes due again after a 10-minute learning step
    expect((await app.quiz.startPractice(ann, place, auckland)).text).toBe("You're done for today: 1 new topic, 0 reviews. Next review due today 23:40.");
    app.clock.set('2026-11-23T11:10:00Z'); // 00:10 on the 24th in Auckland, still the 23rd in UTC
    expect(reasonOf(await app.quiz.startPractice(ann, place, auckland))).toBe('new to you');
    // In UTC the same member's day still has its new topics spent: only the review.
    expect(reasonOf(await app.quiz.startPractice(ann, place, { newPerDay: 1 }))).toBe('due for review');
  });

  it('a question asked again before it is answered comes back as the same topic with another question', async () => {
    const app = testApp();
    const first = await app.bot.handle({ actor: ann, place, text: 'quiz' });
    app.clock.advance(MINUTE);
    const second = await app.bot.handle({ actor: ann, place, text: 'quiz' });
    expect(await topicOf(app, second)).toBe(await topicOf(app, first));
    expect(await questionOf(app, second)).not.toBe(await questionOf(app, first));
    // Resuming an unanswered topic is not a second new topic.
    expect((await app.quiz.startPractice(ann, place, { newPerDay: 1 })).choices.length).toBeGreaterThan(0);
  });

  it('a bad mode gets a short private hint', async () => {
    const app = testApp();
    const r = await app.bot.handle({ actor: ann, place, text: 'quiz sideways' });
    expect(r.visibility).toBe('private');
    expect(r.text).toMatch(/more or mistakes/);
  });
});

describe('/aws quiz mistakes', () => {
  it('redoes wrong answers, daily and practice, most recent first, and drops the ones answered right since', async () => {
    const app = testApp();
    const friendly = await app.bot.handle({ actor: ann, place, text: 'quiz mistakes' });
    expect(friendly.visibility).toBe('private');
    expect(friendly.text).toMatch(/No mistakes to redo/);

    // A daily question answered wrong, then three practice questions: wrong, right, wrong.
    const dailyQuestion = app.bank.all.at(-1); // not a question practice starts with
    if (!dailyQuestion) throw new Error('empty bank');
    const { reply: dailyReply } = await app.quiz.postChannelQuestion(place, { localDate: '2026-11-23', question: dailyQuestion, closesAt: new Date('2026-11-23T17:00:00Z') });
    await answer(app, dailyReply, false);
    const asked: Reply[] = [];
    for (const right of [false, true, false]) {
      app.clock.advance(MINUTE);
      const q = await app.bot.handle({ actor: ann, place, text: 'quiz' });
      asked.push(q);
      await answer(app, q, right);
    }
    const [wrong1, , wrong2] = await Promise.all(asked.map((q) => questionOf(app, q)));

    app.clock.advance(MINUTE);
    const redo1 = await app.bot.handle({ actor: ann, place, text: 'quiz mistakes' });
    expect(redo1.title).toBe('Redo a mistake');
    expect(await questionOf(app, redo1)).toBe(wrong2);
    expect(redo1.footer ?? '').toMatch(/2 more mistakes after this: \/aws quiz mistakes/);
    await answer(app, redo1, true);

    app.clock.advance(MINUTE);
    const redo2 = await app.bot.handle({ actor: ann, place, text: 'quiz mistakes' });
    expect(await questionOf(app, redo2)).toBe(wrong1);
    await answer(app, redo2, false); // wrong again: it stays on the list

    app.clock.advance(MINUTE);
    const redo3 = await app.bot.handle({ actor: ann, place, text: 'quiz mistakes' });
    expect(await questionOf(app, redo3)).toBe(wrong1);
    await answer(app, redo3, true);

    app.clock.advance(MINUTE);
    const redo4 = await app.bot.handle({ actor: ann, place, text: 'quiz mistakes' });
    expect(await questionOf(app, redo4)).toBe(dailyQuestion.id);
    expect(redo4.footer).toMatch(/the last one on your list/);
    await answer(app, redo4, true);

    expect((await app.bot.handle({ actor: ann, place, text: 'quiz mistakes' })).text).toMatch(/No mistakes to redo/);
  });
});
