import { describe, expect, it } from 'vitest';
import type { Actor, Place } from '../../../src/core/request.js';
import { SqliteSettingsStore } from '../../../src/store/sqlite-settings-store.js';
import { testApp, type TestApp } from '../../helpers/assembly.js';
import { fixedClock, visibleText } from '../../helpers/bot.js';

const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const admin: Actor = { id: 'U-admin', name: 'ada', isAdmin: true };
const member = (name: string): Actor => ({ id: `U-${name.toLowerCase()}`, name, isAdmin: false });
const [ann, bo, cy, di, ed] = ['Ann', 'Bo', 'Cy', 'Di', 'Ed'].map(member) as [Actor, Actor, Actor, Actor, Actor];

const say = (app: TestApp, text: string, actor: Actor) => app.bot.handle({ actor, place, text });

async function postAt(app: TestApp, iso: string): Promise<string> {
  app.clock.set(iso);
  await app.tickAll(new Date(iso));
  const question = app.poster.questions().at(-1);
  if (!question) throw new Error('no question posted');
  return question.reply.text;
}

describe('exam countdown in the daily question', () => {
  it('names the nearest opted-in exams (at most 3, soonest first, future only) and drops a member after hide', async () => {
    const app = testApp({ clock: fixedClock('2026-11-23T08:00:00Z') });
    await say(app, 'daily on 09:00 UTC 8h', admin);
    expect((await say(app, 'exam-date 2026-12-05 show', ann)).text).toContain('count down with the group');
    await say(app, 'exam-date 2026-12-13 show', bo);
    await say(app, 'exam-date 2026-12-01', cy); // not opted in
    await say(app, 'exam-date 2027-01-10 show', di);
    await say(app, 'exam-date 2027-02-10', ed);
    expect((await say(app, 'exam-date show', ed)).text).toContain('count down to your exam with the group');
    const first = await postAt(app, '2026-11-23T09:00:00Z');
    expect(first).toContain('Exams coming up: Ann in 12 days, Bo in 20 days, Di in 48 days');
    expect(first).not.toContain('Cy');
    expect(first).not.toContain('Ed');

    expect((await say(app, 'exam-date hide', ann)).text).toContain('stays private');
    const second = await postAt(app, '2026-11-24T09:00:00Z');
    expect(second).toContain('Exams coming up: Bo in 19 days, Di in 47 days, Ed in 78 days');
    expect(second).not.toContain('Ann');
  });

  it('leaves the line out when nobody opted in, and other workspaces never show', async () => {
    const app = testApp({ clock: fixedClock('2026-11-23T08:00:00Z') });
    await say(app, 'daily on 09:00 UTC 8h', admin);
    await say(app, 'exam-date 2026-12-05', ann);
    await app.bot.handle({ actor: bo, place: { ...place, workspaceId: 'T2' }, text: 'exam-date 2026-12-05 show' });
    expect(await postAt(app, '2026-11-23T09:00:00Z')).not.toContain('Exams coming up');
  });

  it('"show" without a date asks for one and changes nothing', async () => {
    const app = testApp();
    const answer = await say(app, 'exam-date show', ann);
    expect(answer.tone).toBe('warning');
    expect(visibleText(answer)).toContain('/aws exam-date 2027-01-15 show');
    expect((await new SqliteSettingsStore(app.db).settingsOf({ platform: 'slack', workspaceId: 'T1' }, ann.id)).showExamDate).toBe(false);
  });
});
