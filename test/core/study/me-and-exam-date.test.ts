import { describe, expect, it } from 'vitest';
import type { Actor, Place } from '../../../src/core/request.js';
import { testApp } from '../../helpers/assembly.js';
import { fixedClock } from '../../helpers/bot.js';

const place: Place = { platform: 'console', workspaceId: 'local', channelId: 'console' };
const you: Actor = { id: 'you', name: 'you', isAdmin: true };
const ann: Actor = { id: 'ann', name: 'ann', isAdmin: false };

describe('/aws me and /aws exam-date', () => {
  it('a new member gets a friendly first screen, not rows of zeros, and no "you\'s"', async () => {
    const app = testApp();
    const me = await app.bot.handle({ actor: you, place, text: 'me' });
    expect(me.title).toBe('Your study stats');
    expect(me.text).toMatch(/Nothing to show yet/);
    expect(me.text).toMatch(/`\/aws quiz`/);
    expect(me.fields).toEqual([]);
    expect(`${me.title} ${me.text}`).not.toMatch(/you's|0%|\(0\/0\)/);
  });

  it('sets, shows, counts down and clears the exam date; the countdown appears in /aws me', async () => {
    const app = testApp({ clock: fixedClock('2026-11-30T10:00:00Z') });
    const set = await app.bot.handle({ actor: ann, place, text: 'exam-date 2027-01-15' });
    expect(set.tone).toBe('success');
    expect(set.text).toMatch(/15 January 2027, in 46 days/);
    expect((await app.bot.handle({ actor: ann, place, text: 'me' })).text).toMatch(/📅 Your exam is in 46 days \(15 January 2027\)/);
    app.clock.set('2027-01-14T10:00:00Z');
    expect((await app.bot.handle({ actor: ann, place, text: 'exam-date' })).text).toMatch(/tomorrow/);
    const cleared = await app.bot.handle({ actor: ann, place, text: 'exam-date clear' });
    expect(cleared.text).toMatch(/removed/);
    expect((await app.bot.handle({ actor: ann, place, text: 'me' })).text).not.toMatch(/📅/);
  });

  it('refuses dates that are not real, in the past or over a year away, kindly and without saving', async () => {
    const app = testApp({ clock: fixedClock('2026-11-30T10:00:00Z') });
    for (const bad of ['2027-02-30', '15/01/2027', 'next friday', '2026-11-29', '2028-01-01']) {
      const said = await app.bot.handle({ actor: ann, place, text: `exam-date ${bad}` });
      expect(said.tone, bad).toBe('warning');
      expect(said.visibility).toBe('private');
    }
    expect((await app.bot.handle({ actor: ann, place, text: 'exam-date' })).text).toMatch(/not set an exam date/);
  });

  it('after some practice: all four domains with a verdict, reviews due, and next steps with commands', async () => {
    const app = testApp({ clock: fixedClock('2026-11-30T10:00:00Z') });
    for (let i = 0; i < 6; i++) {
      const q = await app.bot.handle({ actor: ann, place, text: 'quiz' });
      const post = await app.quizStore.getPost(q.choices[0]?.id.split(':')[1] ?? '');
      const pick = i % 3 === 0 ? ((post?.answerIndex ?? 0) + 1) % 4 : post?.answerIndex ?? 0;
      await app.bot.handleAction({ actor: ann, place, actionId: q.choices[pick]?.id ?? '' });
    }
    app.clock.advance(2 * 24 * 60 * 60_000);
    const me = await app.bot.handle({ actor: ann, place, text: 'me' });
    const domains = me.fields.find((f) => f.label === 'Readiness by exam domain')?.value.split('\n') ?? [];
    expect(domains).toHaveLength(4);
    for (const line of domains) expect(line).toMatch(/ready|almost|not yet|not started/);
    expect(me.text).toMatch(/reviews? due today/);
    expect(me.fields.find((f) => f.label === 'Next up')?.value).toMatch(/`\/aws [a-z0-9-]+`/);
  });
});

describe('/aws new-topics', () => {
  it('sets how many new topics practice brings a day, and practice follows it', async () => {
    const app = testApp({ clock: fixedClock('2026-11-30T10:00:00Z') });
    expect((await app.bot.handle({ actor: ann, place, text: 'new-topics' })).text).toMatch(/up to 5 new topics a day/);
    expect((await app.bot.handle({ actor: ann, place, text: 'new-topics 1' })).tone).toBe('success');
    const footers: string[] = [];
    for (let i = 0; i < 4; i++) {
      const q = await app.bot.handle({ actor: ann, place, text: 'quiz' });
      footers.push(q.footer ?? q.text);
      const post = await app.quizStore.getPost(q.choices[0]?.id.split(':')[1] ?? '');
      if (post) await app.bot.handleAction({ actor: ann, place, actionId: q.choices[post.answerIndex]?.id ?? '' });
      app.clock.advance(20 * 60_000);
    }
    expect(footers.filter((f) => /new to you/.test(f))).toHaveLength(1);
  });

  it('refuses what is not a number from 0 to 20, changing nothing', async () => {
    const app = testApp();
    for (const bad of ['-1', '21', 'lots', '2.5']) {
      expect((await app.bot.handle({ actor: ann, place, text: `new-topics ${bad}` })).tone, bad).toBe('warning');
    }
    expect((await app.bot.handle({ actor: ann, place, text: 'new-topics' })).text).toMatch(/up to 5 new topics/);
  });

  it('counts each answer in the exam domain of its own question, as the mock exam result does', async () => {
    const app = testApp({ clock: fixedClock('2026-11-30T10:00:00Z') });
    let shown = await app.bot.handle({ actor: ann, place, text: 'exam full' });
    const examId = /^exam:([^:]+):/.exec(shown.choices[0]?.id ?? '')?.[1] ?? '';
    const exam = await app.examStore.getExam(examId);
    if (!exam) throw new Error('no exam');
    for (const item of exam.items) {
      shown = await app.bot.handleAction({ actor: ann, place, actionId: `exam:${examId}:${item.no}:${item.answerIndex}` });
      expect(shown.tone).not.toBe('warning');
    }
    await app.bot.handle({ actor: ann, place, text: 'exam submit' });
    const me = await app.bot.handle({ actor: ann, place, text: 'me' });
    const lines = me.fields.find((f) => f.label === 'Readiness by exam domain')?.value.split('\n') ?? [];
    // A topic's questions span domains (Lambda pricing is Billing): the paper's Billing items are Billing answers.
    for (const [domain, name] of [['cloud-concepts', 'Cloud Concepts'], ['security-and-compliance', 'Security and Compliance'], ['technology-and-services', 'Cloud Technology and Services'], ['billing-pricing-support', 'Billing, Pricing and Support']] as const) {
      const items = exam.items.filter((i) => i.domain === domain).length;
      const line = lines.find((l) => l.startsWith(`${name}:`)) ?? '';
      expect(line, domain).toMatch(items === 0 ? /not started/ : new RegExp(`\\d+% from ${items} answers? `));
    }
  });
});
