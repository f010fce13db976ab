import { afterEach, describe, expect, it } from 'vitest';
import { PlatformError } from '../../../src/adapters/shared/platform-error.js';
import { reply } from '../../../src/core/reply.js';
import { clickBody, sendToApp } from '../../fakes/slack/requests.js';
import { admin, alice, bob, buttons, SECRET, startHarness, until, visible, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => { await h?.close(); h = undefined as unknown as Harness; });

const place = (harness: Harness) => ({ platform: 'slack' as const, workspaceId: harness.where.teamId, channelId: harness.where.channelId });

describe('daily question in Slack', () => {
  it('posts the question, records each first answer once, and the reveal closes the buttons', async () => {
    h = await startHarness();
    const now = await h.command('daily now', admin);
    expect(visible(await h.fake.waitForResponse(now.responseUrl))).toContain("Posted today's question");
    const question = await h.fake.waitForCall('chat.postMessage');
    expect(question.args.channel).toBe('C0STUDY');
    expect(visible(question.args)).toContain('Question of the day');
    const choices = buttons(question.args);
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(choices.every((c, i) => c.action_id === `choice-${i}` && c.value.startsWith('answer:'))).toBe(true);
    const questionTs = '1700000001.000100';

    const first = await h.click(alice, { actionId: 'choice-0', value: choices[0]?.value ?? '', messageTs: questionTs, triggerId: 'alice-click-1' });
    const recorded = await h.fake.waitForResponse(first.responseUrl);
    expect(recorded.response_type).toBe('ephemeral');
    expect(recorded.replace_original).toBe(false);
    expect(visible(recorded)).toMatch(/Got it: A(\.| and B\b|\.?$)/m);

    const again = await h.click(alice, { actionId: 'choice-1', value: choices[1]?.value ?? '', messageTs: questionTs });
    expect(visible(await h.fake.waitForResponse(again.responseUrl))).toMatch(/already answered A(\.| and B\b)/);

    const retried = await h.click(alice, { actionId: 'choice-1', value: choices[1]?.value ?? '', messageTs: questionTs, triggerId: 'alice-click-1' }, { retryNum: 1, responseUrl: first.responseUrl });
    expect(retried.status).toBe(200);
    await until('the retried click to be dropped', () => h.logger.lines.find((l) => l.message.includes('repeat of a handled request')));
    expect(h.fake.responsesTo(first.responseUrl)).toHaveLength(1);

    // The same button sent from another channel or another workspace is refused and counts nothing.
    for (const where of [{ ...h.where, channelId: 'C0ELSEWHERE' }, { ...h.where, teamId: 'T0OTHER' }]) {
      const url = h.fake.responseUrl();
      const stray = await sendToApp(h.url, clickBody(bob, where, url, { actionId: 'choice-1', value: choices[1]?.value ?? '', messageTs: questionTs }), { secret: SECRET });
      expect(stray.status).toBe(200);
      expect(visible(await h.fake.waitForResponse(url))).toMatch(/belongs to another channel/);
    }

    const bobs = await h.click(bob, { actionId: 'choice-1', value: choices[1]?.value ?? '', messageTs: questionTs });
    expect(visible(await h.fake.waitForResponse(bobs.responseUrl))).toMatch(/Got it: (B\.|A and C\b)/);

    const reveal = await h.command('daily reveal', admin);
    expect(visible(await h.fake.waitForResponse(reveal.responseUrl))).toContain('Revealed');
    const revealPost = await h.fake.waitForCall('chat.postMessage', 2);
    expect(visible(revealPost.args)).toMatch(/Answer: [A-E]( and [A-E])?\b/);
    expect(visible(revealPost.args)).toMatch(/1 vote/);
    const closed = await h.fake.waitForCall('chat.update');
    expect(closed.args).toMatchObject({ channel: 'C0STUDY', ts: questionTs });
    expect(visible(closed.args)).toContain('closed');
    expect(buttons(closed.args)).toEqual([]);

    const late = await h.click(admin, { actionId: 'choice-0', value: choices[0]?.value ?? '', messageTs: questionTs });
    expect(visible(await h.fake.waitForResponse(late.responseUrl))).toMatch(/This question is closed/);
  });

  it('the scheduler posts at the channel\'s time and reveals when the window ends, through Slack', async () => {
    h = await startHarness();
    const on = await h.command('daily on 09:30 UTC 1h', admin);
    expect(visible(await h.fake.waitForResponse(on.responseUrl))).toContain('Daily question is on');
    await h.core.scheduler.tick('test: before the post time');
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(0);

    h.clock.set('2026-11-23T09:30:00Z');
    await h.core.scheduler.tick('test: post time');
    const question = await h.fake.waitForCall('chat.postMessage');
    expect(visible(question.args)).toContain('Question of the day · 2026-11-23');
    const pick = buttons(question.args)[0];
    const click = await h.click(alice, { actionId: pick?.action_id ?? '', value: pick?.value ?? '', messageTs: '1700000001.000100' });
    expect(visible(await h.fake.waitForResponse(click.responseUrl))).toMatch(/Got it/);

    h.clock.set('2026-11-23T10:30:00Z');
    await h.core.scheduler.tick('test: reveal time');
    await h.core.scheduler.tick('test: a second fire changes nothing');
    const reveal = await h.fake.waitForCall('chat.postMessage', 2);
    expect(visible(reveal.args)).toMatch(/Answer: [A-E]( and [A-E])?\b/);
    expect((await h.fake.waitForCall('chat.update')).args).toMatchObject({ channel: 'C0STUDY', ts: '1700000001.000100' });
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(2);
    expect(h.fake.callsOf('chat.update')).toHaveLength(1);
  });

  it('lets only workspace admins and SLACK_ADMIN_IDS change the daily question', async () => {
    h = await startHarness({ adminIds: [bob.id] });
    const denied = await h.command('daily now', alice);
    const no = await h.fake.waitForResponse(denied.responseUrl);
    expect(no.response_type).toBe('ephemeral');
    expect(visible(no)).toContain('Only admins');
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(0);

    const byList = await h.command('daily on 09:30 Europe/Berlin 8h', bob);
    const on = await h.fake.waitForResponse(byList.responseUrl);
    expect(on.response_type).toBe('in_channel');
    expect(visible(on)).toContain('Daily question is on');
    expect(h.fake.callsOf('users.info').map((c) => c.args.user)).not.toContain(bob.id);
    expect((await h.core.scheduleStore.schedule(place(h)))?.enabled).toBe(true);
  });

  it('treats a member as non-admin when Slack will not say (missing scope), and logs why', async () => {
    h = await startHarness();
    h.fake.script('users.info', { body: { ok: false, error: 'missing_scope', needed: 'users:read' } });
    const sent = await h.command('daily off', admin);
    expect(visible(await h.fake.waitForResponse(sent.responseUrl))).toContain('Only admins');
    expect(h.logger.lines.some((l) => l.level === 'warn' && l.message.includes('users:read'))).toBe(true);
  });

  it('waits out a rate limit as Slack asks (Retry-After), then posts', async () => {
    h = await startHarness();
    h.fake.script('chat.postMessage', { status: 429, headers: { 'retry-after': '3' }, body: { ok: false, error: 'ratelimited' } });
    const sent = await h.command('daily now', admin);
    expect(visible(await h.fake.waitForResponse(sent.responseUrl))).toContain("Posted today's question");
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(2);
    expect(h.waits).toEqual([3000]);
  });

  it('turns channel errors into advice, and keeps serving', async () => {
    h = await startHarness();
    h.fake.script('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    const sent = await h.command('daily now', admin);
    const failed = await h.fake.waitForResponse(sent.responseUrl);
    expect(failed.response_type).toBe('ephemeral');
    expect(visible(failed)).toMatch(/could not post the question in this channel/i);
    expect(h.logger.lines.some((l) => l.level === 'warn' && l.message.includes('/invite @studybot'))).toBe(true);
    // Once invited, the same command works: nothing was left half-done.
    const retry = await h.command('daily now', admin);
    expect(visible(await h.fake.waitForResponse(retry.responseUrl))).toContain("Posted today's question");
  });

  it('does not wait out a long Retry-After, and says when to try again', async () => {
    h = await startHarness();
    h.fake.script('chat.postMessage', { status: 429, headers: { 'retry-after': '120' }, body: { ok: false, error: 'ratelimited' } });
    const error = await h.slack.poster.post(place(h), reply({ text: 'hello' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).friendly).toContain('try again in 120 s');
    expect(h.waits).toEqual([]);
    h.fake.script('chat.update', { body: { ok: false, error: 'channel_not_found' } });
    const missing = await h.slack.poster.update(place(h), '1.0', reply({ text: 'x' })).catch((e: unknown) => e);
    expect((missing as PlatformError).code).toBe('channel_not_found');
    expect((missing as PlatformError).friendly).toContain('/invite @studybot');
  });

  it('a personal practice question is answered in place', async () => {
    h = await startHarness();
    const quiz = await h.command('quiz');
    const question = await h.fake.waitForResponse(quiz.responseUrl);
    expect(question.response_type).toBe('ephemeral');
    const pick = buttons(question)[0];
    expect(pick?.value).toMatch(/^answer:/);
    const click = await h.click(alice, { actionId: pick?.action_id ?? '', value: pick?.value ?? '', ephemeral: true });
    const result = await h.fake.waitForResponse(click.responseUrl);
    expect(result.replace_original).toBe(true);
    expect(visible(result)).toMatch(/Correct|Not quite/);
    // The answer buttons are gone; only the way to report a problem with the question is left.
    expect(buttons(result).map((b) => b.value)).toEqual([expect.stringMatching(/^report:/)]);
  });
});
