import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { slash } from '../fakes/discord/interactions.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { sendToApp, slashCommandBody } from '../fakes/slack/requests.js';

const main = new URL('../../src/main.ts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'studybot-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SLACK_BOT_TOKEN = 'xoxb-drill-bot-token-7f3a91c2';
const SLACK_SIGNING_SECRET = 'drill-signing-secret-5be2d7e0';
const DISCORD_TOKEN = 'drill.discord.token.c81f0a6e';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('secrets drill', () => {
  it('runs with real tokens at trace level, through errors, and no log line contains a secret', async () => {
    const slack = await FakeSlack.start();
    const discord = await FakeDiscord.start({ token: DISCORD_TOKEN });
    const port = await freePort();
    // Make Slack refuse the daily post so the error paths log too.
    slack.script('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    slack.users.set('UADMIN', { name: 'ada', is_admin: true });
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: {
        ...process.env, LOG_LEVEL: 'trace', DATABASE_PATH: join(dir, 'secrets.db'),
        SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_PORT: String(port), SLACK_API_URL: slack.apiUrl,
        DISCORD_TOKEN, DISCORD_APP_ID: discord.appId, DISCORD_API_URL: discord.apiUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => { output += c.toString('utf8'); });
    child.stderr.on('data', (c: Buffer) => { output += c.toString('utf8'); });
    try {
      await waitFor(() => output.includes('studybot is running'), 15_000);
      const app = `http://127.0.0.1:${port}`;
      const who = { id: 'U1', name: 'ann' };
      const where = { teamId: 'T0001', channelId: 'C1' };
      expect((await sendToApp(app, slashCommandBody('lambda pricing', who, where, slack.responseUrl()), { secret: SLACK_SIGNING_SECRET })).status).toBe(200);
      expect((await sendToApp(app, slashCommandBody('daily now', who, where, slack.responseUrl()), { secret: 'forged' })).status).toBe(401);
      await sendToApp(app, slashCommandBody('daily now', { id: 'UADMIN', name: 'ada' }, where, slack.responseUrl()), { secret: SLACK_SIGNING_SECRET });
      const interaction = slash(discord.appId, { id: '100000000000000001', username: 'alice' }, { guildId: '200000000000000001', channelId: '300000000000000001' }, 'topic', { topic: 'fargate' });
      discord.dispatch('INTERACTION_CREATE', interaction);
      await discord.waitForResponse(interaction);
      await waitFor(() => slack.responses.length >= 2, 5_000);
      await waitFor(() => output.includes('not_in_channel'), 5_000);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await slack.close();
      await discord.close();
    }
    const lines = output.split("\n").filter(Boolean);
    if (process.env.SHOW_DRILL_LOG) console.log(lines.join("\n"));
    expect(lines.length).toBeGreaterThan(5);
    for (const secret of [SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, DISCORD_TOKEN]) {
      expect(lines.filter((line) => line.includes(secret)), secret).toEqual([]);
    }
    expect(lines.filter((line) => /Bot\s+drill|Bearer\s+xox/.test(line))).toEqual([]);
  }, 40_000);
});

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
