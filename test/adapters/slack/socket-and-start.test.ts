import { afterEach, describe, expect, it } from 'vitest';
import { startSlack } from '../../../src/adapters/slack/index.js';
import { readConfig } from '../../../src/config/env.js';
import type { ChannelPoster } from '../../../src/core/channel-poster.js';
import type { Platform } from '../../../src/core/request.js';
import { makeBot } from '../../helpers/bot.js';
import { FakeSlack } from '../../fakes/slack/fake-slack.js';
import { clickPayload, slashCommandPayload } from '../../fakes/slack/requests.js';
import { alice, buttons, recordingLogger, startHarness, until, visible, type Harness } from './harness.js';

describe('Socket Mode', () => {
  let h: Harness;
  afterEach(async () => { await h?.close(); h = undefined as unknown as Harness; });

  it('acks slash commands and clicks over the socket and answers through the response_url, once per request', async () => {
    h = await startHarness({ mode: 'socket' });
    expect(h.fake.callsOf('apps.connections.open')[0]?.token).toBe('xapp-test-token');
    expect(h.posters.get('slack')).toBe(h.slack.poster);

    const url = h.fake.responseUrl();
    const payload = slashCommandPayload('fargate', alice, h.where, url, 'sock-trigger-1');
    await h.fake.sendEnvelope('slash_commands', payload);
    const answer = await h.fake.waitForResponse(url);
    expect(visible(answer)).toContain('AWS Fargate');
    const share = buttons(answer).find((b) => b.action_id === 'share');

    // Slack redelivers an envelope it thinks was lost: same payload, retry_attempt 1.
    await h.fake.sendEnvelope('slash_commands', payload, 1);
    await until('the redelivery to be dropped', () => h.logger.lines.find((l) => l.message.includes('repeat of a handled request')));
    expect(h.fake.responsesTo(url)).toHaveLength(1);

    const clickUrl = h.fake.responseUrl();
    await h.fake.sendEnvelope('interactive', clickPayload(alice, h.where, clickUrl, { actionId: 'share', value: share?.value ?? '', ephemeral: true }));
    const posted = await h.fake.waitForCall('chat.postMessage');
    expect(visible(posted.args)).toContain('AWS Fargate');
  });
});

describe('startSlack (the entry point main.ts calls)', () => {
  let fake: FakeSlack | undefined;
  afterEach(async () => { await fake?.close(); fake = undefined; });

  it('refuses to start without a way in', async () => {
    const config = readConfig({ DATABASE_PATH: ':memory:' });
    await expect(startSlack({ bot: makeBot(), config, logger: recordingLogger(), posters: new Map() })).rejects.toThrow(/SLACK_BOT_TOKEN/);
  });

  it('says clearly when Slack refuses the bot token, registers nothing and leaks no secret', async () => {
    fake = await FakeSlack.start();
    fake.script('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    const logger = recordingLogger();
    const posters = new Map<Platform, ChannelPoster>();
    const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-secret-value', SLACK_SIGNING_SECRET: 'shh-secret', SLACK_API_URL: fake.apiUrl });
    const error = await startSlack({ bot: makeBot(), config, logger, posters }).then(() => undefined, (e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).toMatch(/SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect(posters.size).toBe(0);
    const everything = `${error?.message} ${JSON.stringify(logger.lines)}`;
    expect(everything).not.toContain('secret-value');
    expect(everything).not.toContain('shh-secret');
  });

  it('says clearly when Slack refuses the app-level token in Socket Mode', async () => {
    fake = await FakeSlack.start();
    fake.script('apps.connections.open', { body: { ok: false, error: 'invalid_auth' } });
    const posters = new Map<Platform, ChannelPoster>();
    const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-wrong', SLACK_API_URL: fake.apiUrl });
    await expect(startSlack({ bot: makeBot(), config, logger: recordingLogger(), posters })).rejects.toThrow(/Socket Mode could not connect \(check SLACK_APP_TOKEN\).*invalid_auth/);
    expect(posters.size).toBe(0);
  });

  it('uses Socket Mode when SLACK_APP_TOKEN is set, registers its poster and stops cleanly', async () => {
    const slack = await FakeSlack.start();
    fake = slack;
    slack.enableSocketMode();
    const posters = new Map<Platform, ChannelPoster>();
    const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: slack.apiUrl.replace(/\/$/, '') });
    const running = await startSlack({ bot: makeBot(), config, logger: recordingLogger(), posters });
    expect(posters.get('slack')?.platform).toBe('slack');
    expect(slack.callsOf('auth.test')[0]?.token).toBe('xoxb-1');
    expect(slack.callsOf('apps.connections.open')[0]?.token).toBe('xapp-1');
    await running.stop();
    await slack.waitFor('socket closed', () => slack.sockets.size === 0);
    expect(posters.has('slack')).toBe(false);
  });
});
