import { describe, expect, it } from 'vitest';
import { examAnswerId } from '../../../src/core/exam/exam-actions.js';
import type { Reply } from '../../../src/core/reply.js';
import { testApp, type TestApp } from '../../helpers/assembly.js';
import { ann, button, place } from './exam-helpers.js';

const ask = (app: TestApp, text: string) => app.bot.handle({ actor: ann, place, text });
const click = (app: TestApp, actionId: string) => app.bot.handleAction({ actor: ann, place, actionId });
const total = (r: Reply) => (r.title ?? '').length + r.text.length + (r.footer ?? '').length + r.fields.reduce((s, f) => s + f.label.length + f.value.length, 0);

/** What every platform can show in one message: Discord's embed limits are the tightest. */
function fitsOneMessage(r: Reply): void {
  expect(r.fields.length).toBeLessThanOrEqual(25);
  for (const f of r.fields) {
    expect(f.value.length).toBeLessThan(1024);
    expect(f.label.length).toBeLessThan(256);
  }
  expect(total(r)).toBeLessThan(6000);
}

describe('the result of a long exam', () => {
  it('a summary that fits one message, then a full review of every question over pages', async () => {
    const app = testApp();
    await ask(app, 'exam 30');
    const exam = await app.examStore.runningExam({ platform: place.platform, workspaceId: place.workspaceId }, ann.id);
    if (!exam) throw new Error('no exam');
    // Half right, half wrong.
    for (const item of exam.items) {
      const choices = app.bank.byId(item.questionId)?.choices.length ?? 4;
      await click(app, examAnswerId(exam.id, item.no, item.no % 2 === 0 ? item.answerIndex : (item.answerIndex + 1) % choices));
    }
    const summary = await ask(app, 'exam submit');
    expect(summary.title).toBe('Mock exam result: 15 of 30 correct (50%)');
    expect(summary.text).toContain('Estimated score: 550 of 1,000, not a pass yet (700 passes)');
    fitsOneMessage(summary);
    expect(summary.fields.map((f) => f.label).slice(0, 2)).toEqual(['By exam domain', 'By topic, weakest first']);
    // The misses reviewed on the summary are misses only.
    expect(summary.fields.slice(2).every((f) => !f.label.startsWith('✅'))).toBe(true);
    let page = await click(app, button(summary, /^Full review$/));
    const reviewed = new Set<string>();
    const pages: Reply[] = [];
    for (let guard = 0; guard < 30; guard++) {
      fitsOneMessage(page);
      pages.push(page);
      for (const f of page.fields) {
        const no = /Question (\d+)/.exec(f.label)?.[1];
        if (no) reviewed.add(no);
      }
      if (!page.choices.some((c) => /Next page/.test(c.label))) break;
      page = await click(app, button(page, /Next page/));
    }
    expect(reviewed.size).toBe(30);
    // Every explanation of a question is there: its right answer and each option's reason.
    const q1 = app.bank.byId(exam.items[0]?.questionId ?? '');
    const allText = pages.flatMap((r) => r.fields.map((f) => f.value)).join('\n');
    if (!q1) throw new Error('question 1 missing from the bank');
    for (const option of q1.options) expect(allText).toContain(option.explanation.slice(0, 200));
    expect(pages.length).toBeGreaterThan(1);
    // Out-of-range pages are refused kindly.
    expect((await click(app, `exam:${exam.id}:99:r`)).tone).toBe('warning');
  });
});
