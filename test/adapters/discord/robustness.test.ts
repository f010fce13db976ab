import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, startDiscordClient } from '../../../src/adapters/discord/index.js';
import { readConfig } from '../../../src/config/env.js';
import type { ChannelPoster } from '../../../src/core/channel-poster.js';
import type { Platform } from '../../../src/core/request.js';
import { makeBot } from '../../helpers/bot.js';
import { FakeDiscord } from '../../fakes/discord/fake-discord.js';
import { click, slash } from '../../fakes/discord/interactions.js';
import { alice, embedText, here, read, recordingLogger, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;
const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

/** Proves the client is still alive and answering. */
async function stillAnswers(): Promise<void> {
  const r = await h.command('topic', { topic: 'lambda' });
  expect(r.embed?.title).toBe('AWS Lambda');
}

describe('Discord: malformed interactions change nothing and crash nothing', () => {
  it('a payload the library cannot read gets a private note, and the client keeps going', async () => {
    const broken = slash(h.fake.appId, alice, here, 'topic', { topic: 'lambda' });
    // No member and no user: discord.js throws while building the interaction.
    const { member: _member, ...withoutMember } = broken as Record<string, unknown>;
    const r = read(await h.fake.waitForResponse(h.fake.interact({ ...withoutMember, id: broken.id, token: broken.token })));
    expect(r.type).toBe(4);
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(r.embed)).toContain('I could not read that request from Discord. Nothing was changed');
    expect(h.logger.lines.some((l) => l.message === 'discord: malformed interaction payload ignored')).toBe(true);
    expect(JSON.stringify(h.logger.lines)).not.toContain(broken.token);
    await stillAnswers();
  });

  it('a click without its message, or a payload without a token, is only logged', async () => {
    const noMessage = click(h.fake.appId, alice, here, 'lookup:lambda', { id: '910000000000000001' }) as Record<string, unknown>;
    delete noMessage.message;
    h.fake.interact(noMessage as { id: string; token: string });
    h.fake.dispatch('INTERACTION_CREATE', { id: '1', type: 2 });
    h.fake.dispatch('INTERACTION_CREATE', null);
    await stillAnswers();
    const r = read(await h.fake.waitForResponse(noMessage as { id: string; token: string }));
    expect(embedText(r.embed)).toContain('I could not read that request');
  });

  it('unknown commands, subcommands, interaction kinds and option types get a friendly private reply', async () => {
    const other = await h.command(null, {}, alice, here, 'weather');
    expect(embedText(other.embed)).toContain('I don\'t know that command');
    const sub = await h.command('dance', {});
    expect(sub.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(sub.embed)).toContain('I don\'t know that command');

    const modal = h.fake.interact({ ...slash(h.fake.appId, alice, here, 'topic'), type: 5, data: { custom_id: 'm', components: [] } });
    expect(embedText(read(await h.fake.waitForResponse(modal)).embed)).toContain('I only answer `/aws`');

    // An integer where a string is expected still reads as the word it stands for.
    const numeric = slash(h.fake.appId, alice, here, 'top');
    const data = numeric.data as { options: Array<{ options: unknown[] }> };
    data.options[0]?.options.push({ type: 4, name: 'period', value: 7 });
    const r = read(await h.fake.waitForResponse(h.fake.interact(numeric)));
    expect(embedText(r.embed)).toContain('Choose week, month or all');
  });

  it('an interaction without a channel is told to try from a channel', async () => {
    const payload = slash(h.fake.appId, alice, here, 'topic', { topic: 'ecs' }) as Record<string, unknown>;
    delete payload.channel;
    delete payload.channel_id;
    const r = read(await h.fake.waitForResponse(h.fake.interact(payload as { id: string; token: string })));
    expect(embedText(r.embed)).toContain('I could not tell which server and channel this came from');
  });

  it('a REST error while answering (unknown interaction, server error) is logged and nothing else breaks', async () => {
    h.fake.script('POST', CALLBACK, { status: 404, body: { message: 'Unknown interaction', code: 10062 } }, { status: 404, body: { message: 'Unknown interaction', code: 10062 } });
    const lost = h.fake.interact(slash(h.fake.appId, alice, here, 'topic', { topic: 'ecs' }));
    await h.fake.waitForResponse(lost, 2);
    await h.fake.waitFor('the failure logged', () => h.logger.lines.find((l) => l.data.code === '10062'));
    const line = h.logger.lines.find((l) => l.data.code === '10062');
    expect(line?.level).toBe('error');
    expect(JSON.stringify(line)).not.toContain(lost.token);

    h.fake.script('POST', CALLBACK, { status: 502, body: { message: 'Bad gateway' } }, { status: 502, body: { message: 'Bad gateway' } });
    const failed = h.fake.interact(slash(h.fake.appId, alice, here, 'quiz'));
    await h.fake.waitForResponse(failed, 2);
    await h.fake.waitFor('the 502 logged', () => h.logger.lines.find((l) => l.data.code === 'http-502'));
    await stillAnswers();
  });

  it('reconnects after the gateway drops and answers again', async () => {
    const identifies = h.fake.received.filter((m) => m.op === 2 || m.op === 6).length;
    h.fake.dropConnections();
    await h.fake.waitFor('a new IDENTIFY or RESUME', () => h.fake.received.filter((m) => m.op === 2 || m.op === 6).length > identifies && h.fake.sockets.size > 0, 8_000);
    await h.fake.waitFor('ready again', () => h.discord.client.ws.status === 0 || undefined, 5_000);
    await stillAnswers();
  });
});

describe('Discord start-up and shutdown', () => {
  it('refuses a wrong token with a clear message and leaves nothing behind', async () => {
    const fake = await FakeDiscord.start();
    const posters = new Map<Platform, ChannelPoster>();
    const logger = recordingLogger();
    try {
      await expect(startDiscordClient({ bot: makeBot(), logger, posters, token: 'wrong-token', apiUrl: fake.apiUrl, rest: { retries: 0, timeout: 1_000 }, readyTimeoutMs: 3_000 }))
        .rejects.toThrow('Discord front end could not start: Discord did not accept DISCORD_TOKEN');
      expect(posters.size).toBe(0);
      expect(JSON.stringify(logger.lines)).not.toContain('wrong-token');
    } finally {
      await fake.close();
    }
  });

  it('says so when Discord cannot be reached', async () => {
    const fake = await FakeDiscord.start();
    const url = fake.apiUrl;
    await fake.close();
    await expect(startDiscordClient({ bot: makeBot(), logger: recordingLogger(), posters: new Map(), token: 't', apiUrl: url, rest: { retries: 0, timeout: 1_000 }, readyTimeoutMs: 3_000 }))
      .rejects.toThrow(/could not start: I could not reach Discord/);
  });

  it('registers its poster only while running, and stops cleanly', async () => {
    const fake = await FakeDiscord.start();
    const posters = new Map<Platform, ChannelPoster>();
    const logger = recordingLogger();
    const running = await startDiscordClient({ bot: makeBot(), logger, posters, token: fake.token, appId: '123456789', apiUrl: fake.apiUrl, rest: { retries: 0, timeout: 1_000 } });
    expect(posters.get('discord')).toBe(running.poster);
    expect(logger.lines.some((l) => l.message.includes('DISCORD_APP_ID is not the application of DISCORD_TOKEN'))).toBe(true);
    await running.stop();
    expect(posters.has('discord')).toBe(false);
    await fake.waitFor('the gateway closed', () => fake.sockets.size === 0);
    await running.stop();
    await fake.close();
  });

  it('starts from the environment: DISCORD_API_URL points REST and the gateway at the fake', async () => {
    const fake = await FakeDiscord.start();
    const posters = new Map<Platform, ChannelPoster>();
    try {
      const config = readConfig({ DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.appId, DISCORD_API_URL: fake.apiUrl });
      const running = await startDiscord({ bot: makeBot(), config, logger: recordingLogger(), posters });
      expect(posters.get('discord')?.platform).toBe('discord');
      expect(fake.received.some((m) => m.op === 2 && (m.d as { intents?: number }).intents === 1)).toBe(true);
      await running.stop();
      expect(posters.size).toBe(0);
      await expect(startDiscord({ bot: makeBot(), config: readConfig({}), logger: recordingLogger(), posters })).rejects.toThrow('DISCORD_TOKEN is not set');
    } finally {
      await fake.close();
    }
  });
});
