import { afterEach, describe, expect, it } from 'vitest';
import type { Place } from '../../../src/core/request.js';
import { pngSize } from '../../helpers/png.js';
import { practise } from '../../helpers/practice.js';
import { alice, startHarness, visible, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

async function harnessWithAnswers(opts: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const started = await startHarness(opts);
  const place: Place = { platform: 'slack', workspaceId: started.where.teamId, channelId: started.where.channelId };
  await practise(started.core.bot, { id: alice.id, name: alice.name, isAdmin: false }, place, 3);
  return started;
}

describe('/aws me chart on Slack', () => {
  it('uploads the PNG with files.uploadV2 into the member\'s DM (Slack has no private files) and says so privately', async () => {
    h = await harnessWithAnswers();
    const sent = await h.command('me chart');
    const answer = await h.fake.waitForResponse(sent.responseUrl);
    // Said only once it was true: the upload was complete before the answer arrived.
    expect([...h.fake.uploads.values()].some((u) => u.completed !== undefined)).toBe(true);
    expect(answer.response_type).toBe('ephemeral');
    expect(visible(answer)).toMatch(/direct messages/);
    expect(visible(answer)).toMatch(/Cloud Concepts: /);

    const opened = await h.fake.waitForCall('conversations.open');
    expect(opened.args.users).toBe(alice.id);
    const upload = await h.fake.waitForUpload();
    expect(upload.completed?.channelId).toBe('D0ALICE');
    expect(upload.completed?.title).toBe('Your accuracy by exam domain');
    expect(upload.filename).toBe('progress.png');
    expect(upload.length).toBe(upload.data.length);
    expect(upload.altText).toMatch(/accuracy per exam domain/);
    expect(pngSize(upload.data)).toEqual({ width: 1000, height: 560 });
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('a member with no answers gets a friendly word and nothing is uploaded', async () => {
    h = await startHarness();
    const sent = await h.command('me chart');
    const answer = await h.fake.waitForResponse(sent.responseUrl);
    expect(answer.response_type).toBe('ephemeral');
    expect(visible(answer)).toMatch(/nothing to draw yet/);
    expect(h.fake.callsOf('files.getUploadURLExternal')).toHaveLength(0);
    expect(h.fake.callsOf('conversations.open')).toHaveLength(0);
  });

  it('an upload Slack refuses still leaves the member the numbers, and what to do', async () => {
    h = await harnessWithAnswers();
    h.fake.script('files.getUploadURLExternal', { body: { ok: false, error: 'missing_scope', needed: 'files:write' } });
    const sent = await h.command('me chart');
    const answer = await h.fake.waitForResponse(sent.responseUrl);
    expect(visible(answer)).toMatch(/could not send the picture.*reinstall/s);
    expect(visible(answer)).toMatch(/Cloud Concepts: /);
    expect(h.fake.callsOf('files.completeUploadExternal')).toHaveLength(0);
  });

  it('a chart that cannot be drawn is logged; the member gets the numbers and a short note', async () => {
    h = await harnessWithAnswers({ renderChart: () => Promise.reject(new Error('no canvas today')) });
    const sent = await h.command('me chart');
    const answer = await h.fake.waitForResponse(sent.responseUrl);
    expect(visible(answer)).toMatch(/could not draw the picture/);
    expect(h.fake.callsOf('files.getUploadURLExternal')).toHaveLength(0);
    expect(h.logger.lines.some((l) => l.level === 'error' && /chart could not be drawn/.test(l.message))).toBe(true);
  });
});
