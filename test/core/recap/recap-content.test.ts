import { describe, expect, it } from 'vitest';
import type { Actor, Place } from '../../../src/core/request.js';
import { testApp } from '../../helpers/assembly.js';
import { fixedClock, visibleText } from '../../helpers/bot.js';
import { RecordingPoster } from '../../helpers/recording-poster.js';
import { admin, recaps, seedQuestion } from './recap-helpers.js';

const C1: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const member = (id: string): Actor => ({ id, name: id, isAdmin: false });

/** Two weeks in C1 (UTC): the week before (9 to 15 Nov) and last week (16 to 22 Nov). */
async function twoWeeks() {
  const clock = fixedClock('2026-11-23T08:30:00Z');
  const poster = new RecordingPoster('slack');
  const app = testApp({ clock, poster });
  await app.bot.handle({ actor: admin, place: C1, text: 'daily on 09:00 UTC 8h' });
  // The week before: ann strong, bob weak.
  await seedQuestion(app, C1, '2026-11-10T09:00:00Z', 'ec2', [['ann', true], ['bob', false]]);
  await seedQuestion(app, C1, '2026-11-11T09:00:00Z', 'ec2', [['ann', true], ['bob', false]]);
  // Last week: lambda is hard (1 of 4), ecs half right, fargate all right; bob climbs.
  await seedQuestion(app, C1, '2026-11-16T09:00:00Z', 'lambda', [['ann', false], ['bob', true], ['cy', false], ['dee', false]], 'q_lambda_hard');
  await seedQuestion(app, C1, '2026-11-17T09:00:00Z', 'ecs', [['ann', true], ['bob', true], ['cy', false], ['dee', false]]);
  await seedQuestion(app, C1, '2026-11-18T09:00:00Z', 'fargate', [['ann', true], ['bob', true], ['cy', true]]);
  await seedQuestion(app, C1, '2026-11-19T09:00:00Z', 'ecs', [['ann', true], ['bob', true]]);
  // Exams: ann and cy opted in, bob did not, dee's is too far off.
  const study = (who: string, text: string) => app.bot.handle({ actor: member(who), place: C1, text });
  await study('ann', 'exam-date 2026-12-10');
  await study('ann', 'exam-date show');
  await study('bob', 'exam-date 2026-12-01');
  await study('cy', 'exam-date 2026-12-03 show');
  await study('dee', 'exam-date 2027-06-01');
  await study('dee', 'exam-date show');
  return { app, poster };
}

describe('weekly recap: what it says', () => {
  it('counts, weakest topics with their study command, the hardest question, movers, streaks, and only opted-in exams; with the week chart', async () => {
    const { app, poster } = await twoWeeks();
    await app.tickAll(app.clock.now());
    const [recap] = recaps(poster.sent, C1);
    if (!recap) throw new Error('no recap posted');
    const { reply } = recap;
    const field = (label: string) => reply.fields.find((f) => f.label === label)?.value ?? '';
    expect(reply.visibility).toBe('public');
    expect(reply.text).toBe('13 answers from 4 members · 62% right as a group.');
    expect(field('Weakest topics').split('\n')).toEqual([
      'AWS Lambda: 1 of 4 right · `/aws lambda`',
      expect.stringMatching(/: 4 of 6 right · `\/aws ecs`$/),
    ]);
    expect(field('Hardest question')).toBe('AWS Lambda (`q_lambda_hard`): 1 of 4 right (25%)');
    // bob: 40 points against 0 the week before; cy is new; ann: 30 against 20 (dee scored nothing: no mover).
    expect(field('Biggest movers').split('\n')).toEqual([
      'bob: 40 points (+40), 0% → 100% right',
      'cy: 10 points (+10), 33% right',
      'ann: 30 points (+10), 100% → 75% right',
    ]);
    // Streaks run across weeks: ann and bob answered all six questions; cy missed the last one.
    expect(field('Streaks')).toBe('🔥 ann: 6 questions in a row\n🔥 bob: 6 questions in a row');
    expect(field('Exams coming up')).toBe('📅 cy: 3 Dec, in 10 days. Good luck!\n📅 ann: 10 Dec, in 17 days. Good luck!');
    expect(visibleText(reply)).not.toMatch(/bob: 1 Dec|dee: 1 Jun/);
    expect(reply.chart?.fileName).toBe('week.png');
    expect(reply.chart?.title).toBe('The week in this channel: 13 answers');
  });

  it('/aws recap shows the same recap to the member who asked; `now` shows this week so far; a quiet week is said kindly', async () => {
    const { app, poster } = await twoWeeks();
    const asked = await app.bot.handle({ actor: member('eve'), place: C1, text: 'recap' });
    expect(asked.visibility).toBe('private');
    expect(asked.title).toBe('Week in review: 16 Nov to 22 Nov');
    expect(asked.text).toBe('13 answers from 4 members · 62% right as a group.');
    expect(asked.chart?.fileName).toBe('week.png');
    await app.tickAll(app.clock.now());
    const posted = recaps(poster.sent, C1)[0]?.reply;
    expect(asked.fields).toEqual(posted?.fields);

    const quiet = await app.bot.handle({ actor: member('eve'), place: C1, text: 'recap now' });
    expect(quiet.title).toBe('Week in review: 23 Nov');
    expect(quiet.text).toMatch(/quiet week/);
    await seedQuestion(app, C1, '2026-11-23T07:00:00Z', 'ecs', [['ann', true]]);
    expect((await app.bot.handle({ actor: member('eve'), place: C1, text: 'recap now' })).text).toBe('1 answer from 1 member · 100% right as a group.');
    expect((await app.bot.handle({ actor: member('eve'), place: C1, text: 'recap soon' })).tone).toBe('warning');
  });
});
