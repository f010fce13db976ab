import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackApp } from '../../../src/adapters/slack/index.js';
import { SqliteRequestKeys } from '../../../src/store/sqlite-request-keys.js';
import { sendToApp, signature, slashCommandBody } from '../../fakes/slack/requests.js';
import { admin, alice, BOT_TOKEN, bob, buttons, SECRET, startHarness, until, visible, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h?.close(); h = undefined as unknown as Harness; });

describe('/aws over HTTP', () => {
  it('acknowledges before doing the work', async () => {
    // An admin-only command asks Slack who is an admin (users.info); hold that call.
    h.fake.hold('users.info');
    const sending = h.command('daily off', admin);
    await h.fake.waitForCall('users.info');
    // The work is now stuck on Slack's users.info; the HTTP answer (the ack) must come anyway.
    const sent = await Promise.race([sending, h.fake.waitFor<never>('an ack while the work waits', () => undefined, 2_000)]);
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    expect(h.fake.responsesTo(sent.responseUrl)).toHaveLength(0);
    h.fake.release('users.info');
    expect(visible(await h.fake.waitForResponse(sent.responseUrl))).not.toContain('Only admins');
  });

  it('answers a lookup privately with a share button, without asking Slack who the member is', async () => {
    const sent = await h.command('lambda pricing');
    const answer = await h.fake.waitForResponse(sent.responseUrl);
    expect(answer.response_type).toBe('ephemeral');
    expect(visible(answer)).toContain('AWS Lambda');
    expect(visible(answer)).toContain('GB-second');
    expect(buttons(answer)).toContainEqual({ action_id: 'share', value: 't:lambda pricing', text: 'Share in channel' });
    // users.info is for admin rights only: a lookup, a pick or a share never needs it.
    expect(h.fake.callsOf('users.info')).toHaveLength(0);
  });

  it('asks users.info once per admin while the answer is cached, and only for admin-only commands', async () => {
    const status = await h.command('daily status', admin);
    await h.fake.waitForResponse(status.responseUrl);
    expect(h.fake.callsOf('users.info')).toHaveLength(0);
    for (const words of ['daily off', 'daily off']) {
      const sent = await h.command(words, admin);
      expect(visible(await h.fake.waitForResponse(sent.responseUrl))).not.toContain('Only admins');
    }
    expect(h.fake.callsOf('users.info').map((c) => c.args.user)).toEqual([admin.id]);
  });

  it('shares a lookup in the channel on click and removes the private preview', async () => {
    const asked = await h.command('lambda pricing');
    const preview = await h.fake.waitForResponse(asked.responseUrl);
    const share = buttons(preview).find((b) => b.action_id === 'share');
    const click = await h.click(bob, { actionId: 'share', value: share?.value ?? '', ephemeral: true });
    expect(click.status).toBe(200);
    const posted = await h.fake.waitForCall('chat.postMessage');
    expect(posted.token).toBe('xoxb-test-token');
    expect(posted.args.channel).toBe('C0STUDY');
    expect(visible(posted.args)).toContain('GB-second');
    expect(visible(posted.args)).toContain('Shared by bob');
    expect(buttons(posted.args).map((b) => b.action_id)).not.toContain('share');
    expect(await h.fake.waitForResponse(click.responseUrl)).toEqual({ delete_original: true });
  });

  it('tells the member how to fix a share the channel refuses, and keeps running', async () => {
    h.fake.script('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    const click = await h.click(alice, { actionId: 'share', value: 't:fargate', ephemeral: true });
    const answer = await h.fake.waitForResponse(click.responseUrl);
    expect(answer.response_type).toBe('ephemeral');
    expect(visible(answer)).toContain('/invite @studybot');
    expect(h.logger.lines.some((l) => l.level === 'warn' && l.data.code === 'not_in_channel')).toBe(true);
    const next = await h.command('fargate');
    expect(visible(await h.fake.waitForResponse(next.responseUrl))).toContain('Fargate');
  });

  it('posts public replies in the channel and keeps personal replies and mistakes private', async () => {
    const top = await h.command('top week');
    expect((await h.fake.waitForResponse(top.responseUrl)).response_type).toBe('in_channel');
    const me = await h.command('me');
    const mine = await h.fake.waitForResponse(me.responseUrl);
    expect(mine.response_type).toBe('ephemeral');
    expect(visible(mine)).toContain('Your study stats');
    const empty = await h.command('   ');
    const mistake = await h.fake.waitForResponse(empty.responseUrl);
    expect(mistake.response_type).toBe('ephemeral');
    expect(visible(mistake)).toContain('/aws help');
    expect(buttons(mistake)).toEqual([]);
  });

  it('answers a retried slash command (x-slack-retry-num) only once', async () => {
    const first = await h.command('fargate', alice, { triggerId: 'trig-1' });
    await h.fake.waitForResponse(first.responseUrl);
    const retry = await h.command('fargate', alice, { triggerId: 'trig-1', retryNum: 1, responseUrl: first.responseUrl });
    expect(retry.status).toBe(200);
    await until('the repeat to be dropped', () => h.logger.lines.find((l) => l.message.includes('repeat of a handled request')));
    expect(h.fake.responsesTo(first.responseUrl)).toHaveLength(1);
  });

  it('a retry that the load balancer sends to a second instance is dropped there too', async () => {
    // A second bolt app on the same database, as a second instance behind the load balancer.
    const second = await startSlackApp({
      bot: h.core.bot, logger: h.logger, posters: new Map(), botToken: BOT_TOKEN, mode: { kind: 'http', signingSecret: SECRET, port: 0, host: '127.0.0.1' },
      apiUrl: h.fake.apiUrl, clientRetries: 0, requestKeys: new SqliteRequestKeys(h.db),
    });
    try {
      const first = await h.command('fargate', alice, { triggerId: 'trig-lb' });
      await h.fake.waitForResponse(first.responseUrl);
      const body = slashCommandBody('fargate', alice, h.where, first.responseUrl, 'trig-lb');
      const retry = await sendToApp(`http://127.0.0.1:${second.port ?? 0}`, body, { secret: SECRET, retryNum: 1 });
      expect(retry.status).toBe(200);
      await until('the repeat to be dropped', () => h.logger.lines.find((l) => l.message.includes('repeat of a handled request')));
      expect(h.fake.responsesTo(first.responseUrl)).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it('refuses forged, unsigned and stale requests, which change nothing', async () => {
    const now = Math.floor(Date.now() / 1000);
    const forged = await h.command('daily on 09:00 UTC', admin, { signature: signature('wrong-secret', now, 'x') });
    const unsigned = await h.command('daily on 09:00 UTC', admin, { signature: null });
    const stale = await h.command('daily on 09:00 UTC', admin, { timestamp: now - 10 * 60 });
    const clickForged = await h.click(admin, { actionId: 'share', value: 't:lambda' }, { secret: 'not-the-secret' });
    expect([forged.status, unsigned.status, stale.status, clickForged.status]).toEqual([401, 401, 401, 401]);
    // A signed request afterwards is served, and shows that nothing above was acted on.
    const status = await h.command('daily status', admin);
    expect(visible(await h.fake.waitForResponse(status.responseUrl))).toContain('The daily question is off here');
    expect(h.fake.responses).toHaveLength(1);
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(0);
    expect(await h.core.scheduleStore.schedule({ platform: 'slack', workspaceId: h.where.teamId, channelId: h.where.channelId })).toBeUndefined();
  });

  it('answers a request without a channel, an unknown button or a stale choice kindly', async () => {
    const stray = await h.click(alice, { actionId: 'legacy-button', value: 'x' });
    expect(stray.status).toBe(200);
    expect(visible(await h.fake.waitForResponse(stray.responseUrl))).toContain('no longer does anything');
    const gone = await h.click(alice, { actionId: 'choice-0', value: 'answer:no-such-post:0' });
    const goneAnswer = await h.fake.waitForResponse(gone.responseUrl);
    expect(goneAnswer.response_type).toBe('ephemeral');
    expect(visible(goneAnswer)).toMatch(/no longer available/);
    const junk = await h.click(alice, { actionId: 'choice-1', value: 'rm -rf /' });
    expect(visible(await h.fake.waitForResponse(junk.responseUrl))).toMatch(/no longer does anything/);
    const forgedShare = await h.click(alice, { actionId: 'share', value: 't:daily now', ephemeral: true });
    expect(visible(await h.fake.waitForResponse(forgedShare.responseUrl))).toMatch(/can no longer be shared/);
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('lets a member pick from "did you mean" buttons, replacing the private question with the answer', async () => {
    const asked = await h.command('code');
    const options = await h.fake.waitForResponse(asked.responseUrl);
    const first = buttons(options)[0];
    expect(first?.action_id).toBe('choice-0');
    expect(first?.value).toMatch(/^lookup:/);
    const picked = await h.click(alice, { actionId: first?.action_id ?? '', value: first?.value ?? '', ephemeral: true });
    const topic = await h.fake.waitForResponse(picked.responseUrl);
    expect(topic.replace_original).toBe(true);
    expect(visible(topic)).toContain(first?.text ?? '');
    expect(buttons(topic).find((b) => b.action_id === 'share')?.value).toBe(`a:${first?.value}`);
  });
});
