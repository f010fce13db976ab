import { describe, expect, it } from 'vitest';
import type { Actor, Place } from '../../src/core/request.js';
import { testApp } from '../helpers/assembly.js';

const place: Place = { platform: 'discord', workspaceId: 'G1', channelId: 'C1' };
const ann: Actor = { id: 'ann', name: 'ann', isAdmin: false };
const bob: Actor = { id: 'bob', name: 'bob', isAdmin: false };

describe('/aws quiz', () => {
  it('asks a private exam-style question with its options lettered and a button for each answer', async () => {
    const app = testApp();
    const q = await app.bot.handle({ actor: ann, place, text: 'quiz' });
    expect(q.visibility).toBe('private');
    expect(q.text).toMatch(/(\?|\(Select TWO\.\))\n\nA\. .+\nB\. .+\nC\. .+\nD\. .+/);
    expect([4, 10]).toContain(q.choices.length);
    expect(new Set(q.choices.map((c) => c.label)).size).toBe(q.choices.length);
  });

  it('shows the answer at once with every option explained, and only the first answer counts', async () => {
    const app = testApp();
    const q = await app.bot.handle({ actor: ann, place, text: 'quiz' });
    const first = await app.bot.handleAction({ actor: ann, place, actionId: q.choices[0]?.id ?? '' });
    expect(first.title).toMatch(/Correct|Not quite: the answer is/);
    expect([4, 5]).toContain(first.fields.length);
    expect(first.fields.filter((f) => f.label.startsWith('✅')).length).toBe(first.fields.length === 5 ? 2 : 1);
    expect(first.footer).toMatch(/Study it: \/aws [a-z0-9-]+/);
    const second = await app.bot.handleAction({ actor: ann, place, actionId: q.choices[1]?.id ?? '' });
    expect(second.text).toMatch(/already answered A[. ]/);
    expect((await app.quizStore.memberStats(place, 'ann', 'practice')).byTopic.reduce((n, t) => n + t.answered, 0)).toBe(1);
  });

  it('a practice question belongs to the member who asked for it', async () => {
    const app = testApp();
    const q = await app.bot.handle({ actor: ann, place, text: 'quiz' });
    const reply = await app.bot.handleAction({ actor: bob, place, actionId: q.choices[0]?.id ?? '' });
    expect(reply.text).toMatch(/belongs to someone else/);
  });

  it('practice never changes the leaderboard', async () => {
    const app = testApp();
    for (let i = 0; i < 3; i++) {
      const q = await app.bot.handle({ actor: ann, place, text: 'quiz' });
      await app.bot.handleAction({ actor: ann, place, actionId: q.choices[0]?.id ?? '' });
    }
    const top = await app.bot.handle({ actor: ann, place, text: 'top' });
    expect(top.text).toMatch(/No scores yet/);
  });

  it('a topic answered wrong comes back first once it is due', async () => {
    const app = testApp();
    const q = await app.bot.handle({ actor: ann, place, text: 'quiz' });
    const post = await app.quizStore.getPost(q.choices[0]?.id.split(':')[1] ?? '');
    const question = app.bank.byId(post?.questionId ?? '');
    const wrong = ((question?.answerIndex ?? 0) + 1) % 4;
    await app.bot.handleAction({ actor: ann, place, actionId: q.choices[wrong]?.id ?? '' });
    app.clock.advance(60 * 60_000); // "Again" schedules a relearning step within minutes
    const next = await app.bot.handle({ actor: ann, place, text: 'quiz' });
    expect(next.footer).toMatch(/due for review/);
    const nextPost = await app.quizStore.getPost(next.choices[0]?.id.split(':')[1] ?? '');
    expect(nextPost?.topicId).toBe(question?.topicId);
  });

  it('/aws me names what to study next, each with its command', async () => {
    const app = testApp();
    for (let i = 0; i < 4; i++) {
      const q = await app.bot.handle({ actor: ann, place, text: 'quiz' });
      const post = await app.quizStore.getPost(q.choices[0]?.id.split(':')[1] ?? '');
      const wrong = ((post?.answerIndex ?? 0) + 1) % 4;
      await app.bot.handleAction({ actor: ann, place, actionId: q.choices[wrong]?.id ?? '' });
    }
    const me = await app.bot.handle({ actor: ann, place, text: 'me' });
    expect(me.visibility).toBe('private');
    const next = me.fields.find((f) => f.label === 'Next up')?.value ?? '';
    expect(next.split('\n')).toHaveLength(3);
    for (const line of next.split('\n')) expect(line).toMatch(/`\/aws [a-z0-9-]+`$/);
  });
});
