import { describe, expect, it } from 'vitest';
import { startSlackApp } from '../../../src/adapters/slack/index.js';
import type { ChannelPoster } from '../../../src/core/channel-poster.js';
import type { Platform } from '../../../src/core/request.js';
import { reply } from '../../../src/core/reply.js';
import type { Studybot } from '../../../src/core/studybot.js';
const makeBot = () => ({
  handle: async (r: { text: string }) => reply({ title: 'AWS Lambda: pricing', text: `you said ${r.text} & <b>`, fields: [{ label: 'Req', value: '$0.20', inline: true }], footer: 'foot', shareable: true }),
  handleAction: async () => reply({ text: 'ok' }),
}) as unknown as Studybot;
import { FakeSlack } from '../../fakes/slack/fake-slack.js';
import { sendToApp, slashCommandBody, clickBody, slashCommandPayload } from '../../fakes/slack/requests.js';
import { buttons, visible } from './blocks.js';

const lines: unknown[] = [];
const logger = { debug: () => undefined, info: (d: object, m?: string) => { lines.push(['info', d, m]); }, warn: (d: object, m?: string) => { lines.push(['warn', d, m]); }, error: (d: object, m?: string) => { lines.push(['error', d, m]); } };

describe('scratch', () => {
  it('http', async () => {
    const fake = await FakeSlack.start();
    fake.users.set('U1', { name: 'alice' });
    const posters = new Map<Platform, ChannelPoster>();
    const slack = await startSlackApp({ bot: makeBot(), logger, posters, botToken: 'xoxb-x', mode: { kind: 'http', signingSecret: 's', port: 0, host: '127.0.0.1' }, apiUrl: fake.apiUrl, clientRetries: 0 });
    const url = `http://127.0.0.1:${slack.port}`;
    const r = fake.responseUrl();
    const sent = await sendToApp(url, slashCommandBody('lambda pricing', { id: 'U1', name: 'alice' }, { teamId: 'T1', channelId: 'C1' }, r), { secret: 's' });
    console.log(sent);
    const answer = await fake.waitForResponse(r);
    console.log(JSON.stringify(answer).slice(0, 600));
    const r2 = fake.responseUrl();
    const c = await sendToApp(url, clickBody({ id: 'U1', name: 'alice' }, { teamId: 'T1', channelId: 'C1' }, r2, { actionId: 'share', value: 't:lambda pricing', ephemeral: true }), { secret: 's' });
    console.log(c);
    console.log(JSON.stringify(await fake.waitForCall('chat.postMessage')).slice(0, 300));
    console.log(JSON.stringify(await fake.waitForResponse(r2)));
    await slack.stop();
    await fake.close();
    console.log(lines);
  });
  it('socket', async () => {
    const fake = await FakeSlack.start();
    fake.enableSocketMode();
    const posters = new Map<Platform, ChannelPoster>();
    const slack = await startSlackApp({ bot: makeBot(), logger, posters, botToken: 'xoxb-x', mode: { kind: 'socket', appToken: 'xapp-1' }, apiUrl: fake.apiUrl, clientRetries: 0 });
    const r = fake.responseUrl();
    const ack = await fake.sendEnvelope('slash_commands', slashCommandPayload('fargate', { id: 'U1', name: 'alice' }, { teamId: 'T1', channelId: 'C1' }, r));
    console.log('ack', ack);
    console.log(visible(await fake.waitForResponse(r)).slice(0, 200));
    await slack.stop();
    await fake.waitFor('closed', () => fake.sockets.size === 0);
    await fake.close();
  });
});
