import { describe, expect, it } from 'vitest';
import { askableDaily } from '../../../src/core/daily/question-picker.js';
import { formatReported } from '../../../src/core/questions/format-reported.js';
import { questionTextHash } from '../../../src/core/questions/text-hash.js';
import type { Actor, Place } from '../../../src/core/request.js';
import { testApp } from '../../helpers/assembly.js';
import { visibleText } from '../../helpers/bot.js';
import { miniBank } from '../../helpers/mini-bank.js';
import { awardsAtReveal } from '../../../src/core/quiz/answer-rules.js';

const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const ann: Actor = { id: 'ann', name: 'Ann', isAdmin: false };
const bob: Actor = { id: 'bob', name: 'Bob', isAdmin: false };
const bank = miniBank();

async function post(app: ReturnType<typeof testApp>, which: 'single' | 'pair') {
  const question = bank[which];
  return await app.quiz.postChannelQuestion(place, { localDate: '2026-11-23', question, closesAt: new Date('2026-11-23T17:00:00Z') });
}

const pairId = (labels: string[], letters: string) => {
  const i = labels.indexOf(letters);
  if (i < 0) throw new Error(`no pair ${letters} in ${labels.join(', ')}`);
  return i;
};

describe('"Select TWO" questions', () => {
  it('lists the five options in the text and offers every pair as a button', async () => {
    const app = testApp({ bank });
    const { reply } = await post(app, 'pair');
    expect(reply.text).toContain('(Select TWO.)');
    for (const letter of ['A', 'B', 'C', 'D', 'E']) expect(reply.text).toMatch(new RegExp(`^${letter}\\. `, 'm'));
    expect(reply.choices).toHaveLength(10);
    expect(reply.choices.map((c) => c.label)).toContain('A and B');
    expect(reply.footer).toMatch(/Pick the pair/);
  });

  it('counts an answer right only when both picks are the keys, and says which pair was taken', async () => {
    const app = testApp({ bank });
    const { reply, post: record } = await post(app, 'pair');
    const keys = bank.pair.keys.map((i) => 'ABCDE'[i]).join(' and ');
    const wrongKeys = [bank.pair.keys[0] ?? 0, [0, 1, 2, 3, 4].find((i) => !bank.pair.keys.includes(i)) ?? 0].sort();
    const wrong = wrongKeys.map((i) => 'ABCDE'[i]).join(' and ');
    const labels = reply.choices.map((c) => c.label);
    const got = await app.bot.handleAction({ actor: ann, place, actionId: reply.choices[pairId(labels, keys)]?.id ?? '' });
    expect(got.text).toContain(`Got it: ${keys}.`);
    await app.bot.handleAction({ actor: bob, place, actionId: reply.choices[pairId(labels, wrong)]?.id ?? '' });
    await app.quizStore.markRevealed(record.id, new Date('2026-11-23T17:00:00Z'), awardsAtReveal);
    const answers = await app.quizStore.answersFor(record.id);
    expect(answers.find((a) => a.memberId === 'ann')?.correct).toBe(true);
    expect(answers.find((a) => a.memberId === 'bob')?.correct).toBe(false);

    const reveal = await app.quiz.revealReply(record.id);
    // The options are long statements, so the title names the letters only.
    expect(reveal?.title).toBe(`Answer: ${keys}`);
    // Ann's pair votes for both keys; Bob's for one key and one wrong option.
    const first = bank.pair.keys[0] ?? 0;
    expect(reveal?.fields[first]?.label).toMatch(/2 votes$/);
  });
});

describe('reporting a problem with a question', () => {
  it('the reveal and a practice result carry a "Report a problem" button', async () => {
    const app = testApp({ bank });
    const { post: record } = await post(app, 'single');
    await app.quizStore.markRevealed(record.id, new Date('2026-11-23T17:00:00Z'), awardsAtReveal);
    const reveal = await app.quiz.revealReply(record.id);
    expect(reveal?.choices.map((c) => c.label)).toEqual(['Report a problem']);
    expect(reveal?.footer).toContain(bank.single.id);

    const practice = await app.bot.handle({ actor: ann, place, text: 'quiz' });
    const result = await app.bot.handleAction({ actor: ann, place, actionId: practice.choices[0]?.id ?? '' });
    expect(result.choices.map((c) => c.label)).toEqual(['Report a problem']);
  });

  it('a click records one report per member, never replaces what the member reads, and a reason can follow', async () => {
    const app = testApp({ bank });
    const { post: record } = await post(app, 'single');
    const reportId = `report:${record.id}`;
    const first = await app.bot.handleAction({ actor: ann, place, actionId: reportId });
    expect(first.text).toMatch(/Thank you: I noted it/);
    expect(first.text).toContain(`/aws report ${bank.single.id}`);
    expect(first.standalone).toBe(true);
    expect(first.visibility).toBe('private');
    const again = await app.bot.handleAction({ actor: ann, place, actionId: reportId });
    expect(again.text).toMatch(/already noted/);
    await app.bot.handle({ actor: bob, place, text: `report ${bank.single.id} two answers could fit` });

    const reported = await app.quizStore.reportedQuestions();
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ questionId: bank.single.id, count: 2, reasons: ['two answers could fit'] });
    expect(reported[0]?.textHash).toBe(questionTextHash(bank.single));
  });

  it('a report with a bad id gets a friendly reply and stores nothing', async () => {
    const app = testApp({ bank });
    for (const text of ['report', 'report lambda', 'report q_000000000000 wrong']) {
      const r = await app.bot.handle({ actor: ann, place, text });
      expect(r.tone, text).toBe('warning');
      expect(visibleText(r), text).toMatch(/q_1a2b3c4d5e6f|don't know a question/);
    }
    expect(await app.quizStore.reportedQuestions()).toEqual([]);
  });

  it('a reported question is not asked daily again until its text changes', async () => {
    const app = testApp({ bank });
    await app.quiz.report(ann, place, { questionId: bank.single.id });
    const reported = await app.quizStore.reportedQuestions();
    expect(askableDaily(bank.all, reported).map((q) => q.id)).toEqual([bank.pair.id]);
    // The same id with a fixed explanation is a new text: askable again.
    const fixed = { ...bank.single, options: bank.single.options.map((o, i) => (i === 0 ? { ...o, explanation: `${o.explanation} (fixed)` } : o)) };
    expect(askableDaily([fixed, bank.pair], reported).map((q) => q.id)).toEqual([bank.single.id, bank.pair.id]);
  });

  it('the daily question skips a reported one', async () => {
    const app = testApp({ bank });
    await app.quiz.report(ann, place, { questionId: bank.pair.id });
    const admin: Actor = { ...ann, isAdmin: true };
    for (let day = 0; day < 3; day++) {
      app.clock.set(`2026-11-${23 + day}T09:00:00Z`);
      await app.bot.handle({ actor: admin, place, text: 'daily now' });
      await app.bot.handle({ actor: admin, place, text: 'daily reveal' });
    }
    const texts = app.poster.sent.map((s) => s.reply.text).filter((t) => t.includes('Which'));
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toContain(bank.pair.scenario);
  });

  it('npm run bank -- --reported lists each question with its count, reasons and state', async () => {
    const text = formatReported([
      { questionId: bank.single.id, textHash: questionTextHash(bank.single), count: 2, reasons: ['two answers fit'], lastReportedAt: new Date('2026-11-23T10:00:00Z') },
      { questionId: 'q_gone00000000', textHash: 'x', count: 1, reasons: [], lastReportedAt: new Date('2026-11-22T10:00:00Z') },
    ], bank);
    expect(text).toContain(`${bank.single.id} · 2 reports · last 2026-11-23 · unchanged: not asked as a daily question`);
    expect(text).toContain('  - two answers fit');
    expect(text).toContain('q_gone00000000 · 1 report · last 2026-11-22 · no longer in the bank');
    expect(formatReported([], bank)).toBe('No question has been reported.\n');
  });
});
