import { REST, Routes } from 'discord.js';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainDiscordError } from '../../src/adapters/discord/discord-errors.js';
import { messageBody, renderReply as renderDiscord } from '../../src/adapters/discord/render.js';
import { renderReply as renderSlack } from '../../src/adapters/slack/render.js';
import { explainSlackError } from '../../src/adapters/slack/slack-errors.js';
import { reply } from '../../src/core/reply.js';
import { FakeDiscord } from './discord/fake-discord.js';
import { FakeSlack } from './slack/fake-slack.js';

/** A reply far over every limit: the renderers must fit it, the fakes must accept what they make. */
const huge = reply({
  title: 'T'.repeat(400), text: 'word & <b> '.repeat(2_000), footer: 'f'.repeat(5_000),
  fields: Array.from({ length: 80 }, (_, i) => ({ label: `F${i} ${'l'.repeat(300)}`, value: 'v '.repeat(1_500), inline: i % 2 === 0 })),
  choices: Array.from({ length: 40 }, (_, i) => ({ id: `answer:p:${i}`, label: 'x'.repeat(120) })),
});

describe('the fake Slack refuses what Slack refuses', () => {
  let fake: FakeSlack;
  let client: webApi.WebClient;
  beforeAll(async () => {
    fake = await FakeSlack.start();
    client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  });
  afterAll(async () => { await fake?.close(); });

  it('answers ok:false invalid_blocks to 51 blocks and to an over-long button value, and msg_too_long to 40,001 characters of text', async () => {
    const section = { type: 'section', text: { type: 'mrkdwn', text: 'x' } };
    const tooMany = client.chat.postMessage({ channel: 'C1', text: 'x', blocks: Array.from({ length: 51 }, () => section) });
    await expect(tooMany).rejects.toMatchObject({ data: { ok: false, error: 'invalid_blocks' } });
    const value = client.chat.postMessage({ channel: 'C1', text: 'x', blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b' }, value: 'v'.repeat(2_001) }] }] });
    const error = await value.catch((e: unknown) => e);
    expect(explainSlackError(error, 'chat.postMessage')).toMatchObject({ platform: 'slack', code: 'invalid_blocks', retryable: false });
    await expect(client.chat.postMessage({ channel: 'C1', text: 't'.repeat(40_001) })).rejects.toMatchObject({ data: { error: 'msg_too_long' } });
    expect(fake.refused.map((r) => r.error)).toEqual(['invalid_blocks', 'invalid_blocks', 'msg_too_long']);
    expect(fake.callsOf('chat.postMessage')).toHaveLength(3);
  });

  it('answers HTTP 400 to an over-limit message posted to a response_url, and shows nothing', async () => {
    const url = fake.responseUrl();
    const header = { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } };
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x', blocks: [header] }) });
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('invalid_blocks');
    expect(fake.responsesTo(url)).toEqual([]);
  });

  it('accepts what the Slack renderer makes of a reply far over every limit', async () => {
    const message = renderSlack({ ...huge, shareable: true }, { shareValue: 't:lambda' });
    await expect(client.chat.postMessage({ channel: 'C1', text: message.text, blocks: message.blocks })).resolves.toMatchObject({ ok: true });
  });
});

describe('the fake Discord refuses what Discord refuses', () => {
  let fake: FakeDiscord;
  let rest: REST;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
    rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken(fake.token);
  });
  afterAll(async () => {
    rest?.clearHashSweeper();
    rest?.clearHandlerSweeper();
    await fake?.close();
  });

  it('answers 400 Invalid Form Body (50035) to 26 fields, 2,001 characters of content and a 101-character custom_id', async () => {
    const fields = Array.from({ length: 26 }, (_, i) => ({ name: `f${i}`, value: 'v' }));
    const button = { type: 2, style: 2, custom_id: 'c'.repeat(101), label: 'b' };
    const bodies = [{ embeds: [{ fields }] }, { content: 'c'.repeat(2_001) }, { components: [{ type: 1, components: [button] }] }];
    for (const body of bodies) {
      const error = await rest.post(Routes.channelMessages('300000000000000001'), { body }).catch((e: unknown) => e);
      expect(explainDiscordError(error, 'post message')).toMatchObject({ platform: 'discord', code: '50035', retryable: false });
    }
    const raw = await fetch(`${fake.apiUrl}/v10/interactions/1/tok/callback`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { components: Array.from({ length: 6 }, () => ({ type: 1, components: [{ ...button, custom_id: 'ok' }] })) } }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ code: 50035, message: 'Invalid Form Body', errors: { 'data.components': { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH' }] } } });
    expect(fake.refused).toHaveLength(4);
  });

  it('accepts what the Discord renderer makes of a reply far over every limit', async () => {
    const body = messageBody(renderDiscord({ ...huge, shareable: true }, { shareId: 'share:t:lambda' }));
    await expect(rest.post(Routes.channelMessages('300000000000000001'), { body })).resolves.toMatchObject({ channel_id: '300000000000000001' });
  });
});
