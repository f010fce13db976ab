import { describe, expect, it } from 'vitest';
import { domainMix } from '../../../src/core/exam/exam-blueprint.js';
import { examAnswerId } from '../../../src/core/exam/exam-actions.js';
import { ConsoleSession, CONSOLE_PLACE } from '../../../src/adapters/console/console-chat.js';
import { plainStyle } from '../../../src/adapters/console/render.js';
import { testApp, type TestApp } from '../../helpers/assembly.js';
import { visibleText } from '../../helpers/bot.js';
import { ann, bob, button, fourDomainBank, place } from './exam-helpers.js';

const ask = (app: TestApp, text: string, actor = ann) => app.bot.handle({ actor, place, text });
const click = (app: TestApp, actionId: string, actor = ann) => app.bot.handleAction({ actor, place, actionId });
const scope = { platform: place.platform, workspaceId: place.workspaceId };
const running = async (app: TestApp) => {
  const exam = await app.examStore.runningExam(scope, ann.id);
  if (!exam) throw new Error('no running exam');
  return exam;
};
const countByDomain = (items: readonly { domain: string }[]) => Object.fromEntries(
  [...new Set(items.map((i) => i.domain))].map((d) => [d, items.filter((i) => i.domain === d).length]),
);

describe('starting a mock exam', () => {
  it('by default: 20 questions in 30 minutes, in the CLF-C02 domain mix, private, the deadline on the question', async () => {
    const app = testApp();
    const first = await ask(app, 'exam');
    expect(first.visibility).toBe('private');
    expect(first.footer).toMatch(/^Question 1 of 20 · 30 min left · ends 09:30 UTC/);
    expect(first.text).toContain('20 questions in 30 minutes');
    const exam = await running(app);
    expect(exam.items).toHaveLength(20);
    expect(countByDomain(exam.items)).toEqual({ 'cloud-concepts': 5, 'security-and-compliance': 6, 'technology-and-services': 7, 'billing-pricing-support': 2 });
    expect(new Set(exam.items.map((i) => i.questionId)).size).toBe(20);
    // The buttons: the question's choices, then Next and Submit (no Back on question 1).
    expect(first.choices.slice(-2).map((c) => c.label)).toEqual(['Next ▶', 'Submit exam']);
    expect(first.choices.every((c) => c.id.length < 100)).toBe(true);
  });

  it('the domain mix adds up for any size, and a full exam is 65 questions in 90 minutes', async () => {
    for (const n of [1, 7, 20, 33, 65]) expect([...domainMix(n).values()].reduce((a, b) => a + b, 0)).toBe(n);
    expect(Object.fromEntries(domainMix(65))).toEqual({ 'cloud-concepts': 16, 'security-and-compliance': 19, 'technology-and-services': 22, 'billing-pricing-support': 8 });
    const app = testApp();
    const first = await ask(app, 'exam full');
    expect(first.footer).toMatch(/^Question 1 of 65 · 90 min left · ends 10:30 UTC/);
    expect((await running(app)).items).toHaveLength(65);
  });

  it('a custom size and time', async () => {
    const app = testApp();
    expect((await ask(app, 'exam 10 12')).footer).toMatch(/^Question 1 of 10 · 12 min left · ends 09:12 UTC/);
  });

  it('questions from earlier exams come last', async () => {
    const app = testApp();
    await ask(app, 'exam 30');
    const firstIds = new Set((await running(app)).items.map((i) => i.questionId));
    await ask(app, 'exam submit');
    const reply = await ask(app, 'exam 30');
    expect(reply.text).toContain('All questions are new to you');
    expect((await running(app)).items.filter((i) => firstIds.has(i.questionId))).toEqual([]);
  });

  it('says kindly when the bank is too small, and refuses bad sizes without starting anything', async () => {
    const small = testApp({ bank: fourDomainBank() });
    const full = await ask(small, 'exam full');
    expect(full).toMatchObject({ tone: 'warning', visibility: 'private' });
    expect(full.text).toMatch(/has 4 questions right now, not enough for a full 65-question exam/);
    const app = testApp();
    for (const text of ['exam 500', 'exam 0', 'exam 10 999', 'exam banana', 'exam full 20', 'exam -3']) {
      const reply = await ask(app, text);
      expect(reply, text).toMatchObject({ tone: 'warning', visibility: 'private' });
      expect(reply.text.length, text).toBeLessThan(300);
    }
    expect(await app.examStore.runningExam(scope, ann.id)).toBeUndefined();
  });
});

describe('taking a mock exam', () => {
  it('answering moves on; Back shows the saved answer, which can change; Next and Back move', async () => {
    const app = testApp();
    const q1 = await ask(app, 'exam');
    const q2 = await click(app, q1.choices[0]?.id ?? '');
    expect(q2.text).toMatch(/^Saved: .* for question 1\./);
    expect(q2.footer).toMatch(/^Question 2 of 20 · 30 min left · ends 09:30 UTC · 1 of 20 answered/);
    const back = await click(app, button(q2, /Back/));
    expect(back.footer).toMatch(/^Question 1 of 20/);
    expect(back.text).toContain('Your answer:');
    expect(back.choices[0]?.label).toMatch(/^✓ /);
    await click(app, back.choices[1]?.id ?? '');
    const exam = await running(app);
    expect(exam.items[0]?.choiceIndex).toBe(1);
    const next = await click(app, button(back, /Next/));
    expect(next.footer).toMatch(/^Question 2 of 20/);
    app.clock.advance(6 * 60_000);
    // `/aws exam` again shows where the member is, never a second exam.
    const resumed = await ask(app, 'exam');
    expect(resumed.text).toContain('Welcome back');
    expect(resumed.footer).toMatch(/^Question 2 of 20 · 24 min left · ends 09:30 UTC/);
    expect((await running(app)).id).toBe(exam.id);
    const again = await ask(app, 'exam full');
    expect(again.text).toContain('already have a mock exam running');
    expect((await running(app)).items).toHaveLength(20);
  });

  it('submit scores every answer, a Select TWO pair included; unanswered is a miss', async () => {
    const app = testApp({ bank: fourDomainBank() });
    let reply = await ask(app, 'exam 4');
    const exam = await running(app);
    const pairNo = exam.items.findIndex((i) => app.bank.byId(i.questionId)?.pick === 2) + 1;
    expect(pairNo).toBeGreaterThan(0);
    for (const item of exam.items) {
      const question = app.bank.byId(item.questionId);
      if (!question) throw new Error('missing question');
      if (item.no === 4) continue; // left unanswered
      // Right on the pair and on question 1 (unless it is the pair), wrong on the rest.
      const right = item.no === pairNo || item.no === 1;
      const choice = right ? item.answerIndex : (item.answerIndex + 1) % question.choices.length;
      reply = await click(app, examAnswerId(exam.id, item.no, choice));
    }
    const result = await click(app, button(reply, /Submit/));
    const correct = exam.items.filter((i) => i.no !== 4 && (i.no === pairNo || i.no === 1)).length;
    expect(result.title).toBe(`Mock exam result: ${correct} of 4 correct (${correct * 25}%)`);
    expect(result.text).toContain(`Estimated score: ${100 + 900 * correct / 4} of 1,000, not a pass yet (700 passes)`);
    expect(result.text).toMatch(/AWS scales real scores with a model it does not publish/);
    expect(result.text).toMatch(/unscored/);
    const text = visibleText(result);
    expect(text).toContain('By exam domain');
    expect(text).toContain('Your answer: Not answered');
    expect(text).toContain('Right answer:');
    expect((await app.examStore.getExam(exam.id))?.finishedBy).toBe('member');
    // Answers no longer change once submitted.
    const late = await click(app, examAnswerId(exam.id, 4, 0));
    expect(late.text).toContain('already submitted');
    expect((await app.examStore.getExam(exam.id))?.items[3]?.choiceIndex).toBeUndefined();
  });

  it('a Select TWO item is answered with its pair buttons', async () => {
    const app = testApp({ bank: fourDomainBank() });
    await ask(app, 'exam 4');
    const exam = await running(app);
    const item = exam.items.find((i) => app.bank.byId(i.questionId)?.pick === 2);
    const question = item ? app.bank.byId(item.questionId) : undefined;
    if (!item || !question) throw new Error('no pair item');
    const onPair = item.no === 1 ? await ask(app, 'exam') : await click(app, `exam:${exam.id}:${item.no - 1}:n`);
    expect(onPair.footer).toContain('Select TWO: pick the pair');
    const pairs = onPair.choices.filter((c) => /^[A-E] and [A-E]$/.test(c.label));
    expect(pairs).toHaveLength(question.choices.length);
    const right = question.choices[item.answerIndex]?.optionIndexes.map((i) => 'ABCDE'[i]).join(' and ') ?? '';
    await click(app, button(onPair, new RegExp(`^${right}$`)));
    expect((await app.examStore.getExam(exam.id))?.items[item.no - 1]).toMatchObject({ choiceIndex: item.answerIndex, correct: true });
  });

  it('another member cannot press someone else\'s exam buttons; bad and stale ids change nothing', async () => {
    const app = testApp();
    const q1 = await ask(app, 'exam');
    const exam = await running(app);
    const refused = await click(app, q1.choices[0]?.id ?? '', bob);
    expect(refused).toMatchObject({ tone: 'warning', visibility: 'private' });
    expect(refused.text).toContain('belongs to someone else');
    for (const id of [`exam:${exam.id}:21:0`, `exam:${exam.id}:0:n`, `exam:${exam.id}:1:99`, 'exam:nope:1:0', 'exam:x', `exam:${exam.id}:1:zz`]) {
      expect((await click(app, id)).tone, id).toBe('warning');
    }
    expect((await running(app)).items.every((i) => i.choiceIndex === undefined)).toBe(true);
    expect(await app.examStore.runningExam(scope, bob.id)).toBeUndefined();
  });

  it('never touches the leaderboard, and examTallies counts the submitted answers', async () => {
    const app = testApp({ bank: fourDomainBank() });
    await ask(app, 'exam 4');
    const exam = await running(app);
    await click(app, examAnswerId(exam.id, 1, exam.items[0]?.answerIndex ?? 0));
    await click(app, examAnswerId(exam.id, 2, ((exam.items[1]?.answerIndex ?? 0) + 1) % 4));
    expect(await app.examStore.examTallies(scope, ann.id)).toEqual({ byTopic: [], byDomain: [] });
    await ask(app, 'exam submit');
    const tallies = await app.examStore.examTallies(scope, ann.id);
    expect(tallies.byDomain.reduce((s, t) => s + t.answered, 0)).toBe(2);
    expect(tallies.byDomain.reduce((s, t) => s + t.correct, 0)).toBe(1);
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM scores').get()).toEqual({ n: 0 });
    expect((await ask(app, 'top')).text).toContain('No scores yet');
  });

  it('the console\'s /submit hands the exam in', async () => {
    const app = testApp();
    const session = new ConsoleSession(app.bot, plainStyle, 'ann');
    expect(await session.line('/aws exam 5')).toContain('Question 1 of 5');
    const out = await session.line('/submit');
    expect(out).toContain('Mock exam result: 0 of 5 correct');
    expect(await app.examStore.runningExam({ platform: CONSOLE_PLACE.platform, workspaceId: CONSOLE_PLACE.workspaceId }, 'ann')).toBeUndefined();
  });
});
