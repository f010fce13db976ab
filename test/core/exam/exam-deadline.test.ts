import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../helpers/assembly.js';
import { fixedClock } from '../../helpers/bot.js';
import { ann, place } from './exam-helpers.js';

const ask = (app: TestApp, text: string) => app.bot.handle({ actor: ann, place, text });
const scope = { platform: place.platform, workspaceId: place.workspaceId };

describe('the exam deadline', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('the scheduler\'s tick submits an exam at its deadline, not a minute before', async () => {
    const app = testApp();
    const first = await ask(app, 'exam');
    await app.bot.handleAction({ actor: ann, place, actionId: first.choices[0]?.id ?? '' });
    const exam = await app.examStore.runningExam(scope, ann.id);
    app.clock.set('2026-11-23T09:29:59Z');
    await app.scheduler.tick('test');
    expect((await app.examStore.getExam(exam?.id ?? ''))?.submittedAt).toBeUndefined();
    app.clock.set('2026-11-23T09:31:00Z');
    await app.scheduler.tick('test');
    const done = await app.examStore.getExam(exam?.id ?? '');
    expect(done).toMatchObject({ finishedBy: 'deadline' });
    expect(done?.submittedAt?.toISOString()).toBe('2026-11-23T09:30:00.000Z');
    // Its buttons now show the result, and the answer given before the deadline counted.
    const late = await app.bot.handleAction({ actor: ann, place, actionId: first.choices[1]?.id ?? '' });
    expect(late.title).toMatch(/^Mock exam result: \d of 20 correct/);
    expect(late.text).toContain('Time ran out at 09:30 UTC, so I submitted it for you.');
    expect((await app.examStore.getExam(exam?.id ?? ''))?.items[0]?.choiceIndex).toBe(0);
  });

  it('across a restart: a new instance on the same database submits it on its first tick', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'studybot-exam-'));
    dirs.push(dir);
    const path = join(dir, 'bot.db');
    const before = testApp({ path });
    await ask(before, 'exam 10');
    const id = (await before.examStore.runningExam(scope, ann.id))?.id ?? '';
    before.db.close();
    const after = testApp({ path, clock: fixedClock('2026-11-23T11:00:00Z') });
    await after.scheduler.tick('start');
    expect(await after.examStore.getExam(id)).toMatchObject({ finishedBy: 'deadline' });
    expect((await after.examStore.getExam(id))?.submittedAt?.toISOString()).toBe('2026-11-23T09:15:00.000Z');
    after.db.close();
  });

  it('any interaction with an expired exam finishes it first and shows the result, even before the sweep', async () => {
    const app = testApp();
    const first = await ask(app, 'exam 5 5');
    app.clock.advance(5 * 60_000);
    const answer = await app.bot.handleAction({ actor: ann, place, actionId: first.choices[0]?.id ?? '' });
    expect(answer.title).toBe('Mock exam result: 0 of 5 correct (0%)');
    expect(answer.text).toContain('Time is up on your mock exam');
    expect(await app.examStore.runningExam(scope, ann.id)).toBeUndefined();

    const again = testApp();
    await ask(again, 'exam 5 5');
    again.clock.advance(6 * 60_000);
    expect((await ask(again, 'exam')).title).toBe('Mock exam result: 0 of 5 correct (0%)');
    // The next `/aws exam` starts a fresh one.
    expect((await ask(again, 'exam')).footer).toMatch(/^Question 1 of 20/);
  });
});

describe('one running exam per member', () => {
  it('two starts racing leave one exam, and both see it', async () => {
    const app = testApp();
    const replies = await Promise.all([ask(app, 'exam'), ask(app, 'exam'), ask(app, 'exam full')]);
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM exams').get()).toEqual({ n: 1 });
    const ids = replies.map((r) => /^exam:([^:]+):/.exec(r.choices[0]?.id ?? '')?.[1]);
    expect(new Set(ids).size).toBe(1);
  });
});
