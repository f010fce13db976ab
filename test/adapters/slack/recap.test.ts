import { afterEach, describe, expect, it } from 'vitest';
import type { Place } from '../../../src/core/request.js';
import { pngSize } from '../../helpers/png.js';
import { admin, seedQuestion } from '../../core/recap/recap-helpers.js';
import { alice, startHarness, visible, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

/** A harness whose channel has the daily question on and answers last week (16 to 22 Nov, UTC). */
async function withLastWeek(): Promise<{ h: Harness; place: Place }> {
  const started = await startHarness();
  const place: Place = { platform: 'slack', workspaceId: started.where.teamId, channelId: started.where.channelId };
  await started.core.bot.handle({ actor: admin, place, text: 'daily on 09:00 UTC 8h' });
  await seedQuestion(started.core, place, '2026-11-17T09:00:00Z', 'lambda', [[alice.id, true], ['U0BOB', false]]);
  started.clock.set('2026-11-23T08:30:00Z');
  return { h: started, place };
}

describe('weekly recap on Slack', () => {
  it('posts the recap in the channel, then uploads the week chart into it (files.uploadV2 with channel_id): a 1200×560 PNG', async () => {
    ({ h } = await withLastWeek());
    await h.core.tickAll(h.clock.now());
    const posted = h.fake.callsOf('chat.postMessage').filter((c) => String(c.args.text).includes('Week in review'));
    expect(posted).toHaveLength(1);
    expect(posted[0]?.args.channel).toBe('C0STUDY');
    const upload = await h.fake.waitForUpload();
    const complete = h.fake.callsOf('files.completeUploadExternal')[0];
    expect(complete?.args.channel_id).toBe('C0STUDY');
    expect(upload.completed?.channelId).toBe('C0STUDY');
    expect(upload.filename).toBe('week.png');
    expect(pngSize(upload.data)).toEqual({ width: 1200, height: 560 });
    // Another tick the same morning: nothing new.
    await h.core.tickAll(new Date('2026-11-23T09:30:00Z'));
    expect(h.fake.callsOf('chat.postMessage').filter((c) => String(c.args.text).includes('Week in review'))).toHaveLength(1);
    expect(h.fake.callsOf('files.completeUploadExternal')).toHaveLength(1);
  });

  it('an upload Slack refuses leaves the message out once, and is only logged', async () => {
    ({ h } = await withLastWeek());
    h.fake.script('files.getUploadURLExternal', { body: { ok: false, error: 'missing_scope', needed: 'files:write' } });
    await h.core.tickAll(h.clock.now());
    await h.core.tickAll(new Date('2026-11-23T08:31:00Z'));
    expect(h.fake.callsOf('chat.postMessage').filter((c) => String(c.args.text).includes('Week in review'))).toHaveLength(1);
    expect(h.logger.lines.some((l) => /its chart could not be sent/.test(l.message))).toBe(true);
  });

  it('/aws recap answers privately and sends the chart to the member\'s DM', async () => {
    ({ h } = await withLastWeek());
    const sent = await h.command('recap');
    const answer = await h.fake.waitForResponse(sent.responseUrl);
    expect(answer.response_type).toBe('ephemeral');
    expect(visible(answer)).toMatch(/Week in review: 16 Nov to 22 Nov/);
    expect(visible(answer)).toMatch(/2 answers from 2 members/);
    const upload = await h.fake.waitForUpload();
    expect(upload.completed?.channelId).toBe('D0ALICE');
  });
});
