import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ChannelPoster } from '../../src/core/channel-poster.js';
import type { Actor, Place } from '../../src/core/request.js';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { sendToApp, slashCommandBody } from '../fakes/slack/requests.js';
import { testApp } from '../helpers/assembly.js';
import { fixedClock } from '../helpers/bot.js';
import { alive, MainProcess, type Exit } from '../helpers/main-process.js';

/**
 * SIGTERM to the real bot (src/main.ts, a process of its own) in each state it can be in, against the
 * fake Slack and Discord on 127.0.0.1: it must exit 0 within SHUTDOWN_TIMEOUT_MS (short here), with
 * the work it had acknowledged done (the held request released inside the deadline completes) and no
 * process left. The time from the signal to the exit is printed, not asserted beyond the deadline.
 */

const DEADLINE_MS = 3_000;
/** Start-up of a tsx process on a loaded CI machine, plus the deadline: the outer bound of every exit. */
const EXIT_BOUND_MS = DEADLINE_MS + 2_000;
const dir = mkdtempSync(join(tmpdir(), 'studybot-shutdown-'));
const times: string[] = [];
const running: MainProcess[] = [];
const fakes: Array<{ close(): Promise<void> }> = [];
let dbs = 0;

afterEach(async () => {
  for (const bot of running.splice(0)) bot.kill();
  for (const fake of fakes.splice(0)) await fake.close().catch(() => undefined);
});
afterAll(() => {
  console.log(`SIGTERM to exit, per state (deadline ${DEADLINE_MS} ms):\n${times.join('\n')}`);
  rmSync(dir, { recursive: true, force: true });
});

const GUILD = '200000000000000001';
const CHANNEL = '300000000000000001';
const discordPlace: Place = { platform: 'discord', workspaceId: GUILD, channelId: CHANNEL };
const admin: Actor = { id: '100000000000000009', name: 'ada', isAdmin: true };

function start(env: Record<string, string>, args?: string[]): MainProcess {
  const bot = MainProcess.start({ LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: String(DEADLINE_MS), DATABASE_PATH: join(dir, `bot-${++dbs}.db`), ...env }, args ? { args } : {});
  running.push(bot);
  return bot;
}

async function discordEnv(fake: FakeDiscord): Promise<Record<string, string>> {
  return { DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.appId, DISCORD_API_URL: fake.apiUrl };
}

/** SIGTERM, then: exit code 0 within the bound, the process gone; the time is kept for the summary. */
async function stopCleanly(bot: MainProcess, state: string, during?: () => Promise<void>): Promise<Exit> {
  const exiting = bot.signal('SIGTERM', { ms: EXIT_BOUND_MS + 1_000 });
  await during?.();
  const exit = await exiting;
  times.push(`  ${state.padEnd(34)} ${String(exit.ms).padStart(5)} ms  (exit ${exit.code ?? exit.signal})`);
  expect(exit, bot.output).toMatchObject({ code: 0, signal: null });
  expect(exit.ms).toBeLessThan(EXIT_BOUND_MS);
  expect(alive(bot.pid)).toBe(false);
  return exit;
}

function rows<T>(path: string, sql: string): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

const hhmm = (d: Date) => `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;

/** A Discord channel whose daily question is due now (posted by the start-up catch-up). */
async function seedDueQuestion(path: string): Promise<void> {
  const now = new Date(Date.now() - 60_000);
  const app = testApp({ path, clock: fixedClock(now.toISOString()), platform: 'discord' });
  await app.bot.handle({ actor: admin, place: discordPlace, text: `daily on ${hhmm(now)} UTC 8h` });
  app.db.close();
}

/** A Discord question posted 9 hours ago with an 8 h window: its reveal is due now. */
async function seedDueReveal(path: string): Promise<void> {
  const then = new Date(Date.now() - 9 * 3_600_000);
  let n = 0;
  const poster: ChannelPoster = { platform: 'discord', post: async () => ({ messageRef: `91000000000000${String(++n).padStart(4, '0')}` }), update: async () => undefined };
  // testApp's option is typed as its RecordingPoster; it only needs a ChannelPoster (one with snowflake refs here).
  const app = testApp({ path, clock: fixedClock(then.toISOString()), poster: poster as never });
  await app.bot.handle({ actor: admin, place: discordPlace, text: `daily on ${hhmm(then)} UTC 8h` });
  await app.daily.tick(then);
  app.db.close();
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('shutdown drill: SIGTERM in every state', () => {
  it('console, idle (piped input still open)', async () => {
    const bot = start({});
    bot.child.stdin.write('/aws lambda pricing\n');
    await bot.waitFor(/Lambda/i);
    await stopCleanly(bot, 'console idle');
  });

  it('Slack HTTP, mid-request: the acknowledged answer still goes out', async () => {
    const slack = await FakeSlack.start();
    fakes.push(slack);
    const port = await freePort();
    const bot = start({ SLACK_BOT_TOKEN: 'xoxb-drill', SLACK_SIGNING_SECRET: 'drill-secret', SLACK_PORT: String(port), SLACK_API_URL: slack.apiUrl });
    await bot.waitFor(/studybot is running/);
    slack.hold('response_url');
    const url = slack.responseUrl();
    const sent = await sendToApp(`http://127.0.0.1:${port}`, slashCommandBody('lambda pricing', { id: 'U1', name: 'ann' }, { teamId: 'T0001', channelId: 'C1' }, url), { secret: 'drill-secret' });
    expect(sent.status).toBe(200); // acknowledged
    await stopCleanly(bot, 'slack http, mid-request', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      slack.release('response_url');
    });
    expect(slack.responsesTo(url)).toHaveLength(1);
  });

  it('Slack Socket Mode, connected', async () => {
    const slack = await FakeSlack.start();
    fakes.push(slack);
    slack.enableSocketMode();
    const bot = start({ SLACK_BOT_TOKEN: 'xoxb-drill', SLACK_APP_TOKEN: 'xapp-drill', SLACK_API_URL: slack.apiUrl });
    await bot.waitFor(/studybot is running/);
    await stopCleanly(bot, 'slack socket mode');
  });

  it('Discord, still connecting (the gateway never answers)', async () => {
    const fake = await FakeDiscord.start();
    fakes.push(fake);
    // The gateway URL points at a closed port: the client keeps trying, with backoff.
    fake.script('GET', /^\/gateway\/bot$/, { body: { url: `ws://127.0.0.1:${await freePort()}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } });
    const bot = start(await discordEnv(fake));
    await bot.waitFor(/gateway unreachable/);
    await stopCleanly(bot, 'discord connecting');
  });

  it('Discord, ready', async () => {
    const fake = await FakeDiscord.start();
    fakes.push(fake);
    const bot = start(await discordEnv(fake));
    await bot.waitFor(/studybot is running/);
    await stopCleanly(bot, 'discord ready');
  });

  it('Discord, reconnecting with the fake gateway gone', async () => {
    const fake = await FakeDiscord.start();
    fakes.push(fake);
    const bot = start(await discordEnv(fake));
    await bot.waitFor(/studybot is running/);
    await fake.close();
    await bot.waitFor(/gateway unreachable/);
    await stopCleanly(bot, 'discord reconnecting (gateway gone)');
    // One line for the outage, not one per attempt.
    expect(bot.logs('discord: gateway reconnecting')).toEqual([]);
  });

  it('Discord, mid-post: the question sent is recorded, once', async () => {
    const fake = await FakeDiscord.start();
    fakes.push(fake);
    const env = await discordEnv(fake);
    const db = join(dir, `bot-${dbs + 1}.db`);
    await seedDueQuestion(db);
    fake.hold(/^\/channels\/\d+\/messages/);
    const bot = start(env);
    await fake.waitFor('the question in flight', () => fake.callsTo('POST', /^\/channels\/\d+\/messages$/)[0], 10_000);
    await stopCleanly(bot, 'discord mid-post', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      fake.release();
    });
    expect(fake.callsTo('POST', /^\/channels\/\d+\/messages$/)).toHaveLength(1);
    expect(rows(db, "SELECT outcome FROM deliveries WHERE key LIKE 'post:%'")).toEqual([{ outcome: 'sent' }]);
    expect(rows<{ message_ref: string | null }>(db, "SELECT message_ref FROM posts WHERE kind = 'daily'")[0]?.message_ref).toMatch(/^\d+$/);
  });

  it('Discord, mid-reveal: the reveal sent is recorded', async () => {
    const fake = await FakeDiscord.start();
    fakes.push(fake);
    const env = await discordEnv(fake);
    const db = join(dir, `bot-${dbs + 1}.db`);
    await seedDueReveal(db);
    fake.hold(/^\/channels\/\d+\/messages/);
    const bot = start(env);
    await fake.waitFor('the reveal in flight', () => fake.calls.some((c) => /^\/channels\/\d+\/messages/.test(c.path)), 10_000);
    await stopCleanly(bot, 'discord mid-reveal', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      fake.release();
    });
    expect(rows<{ revealed_at: string | null }>(db, "SELECT revealed_at FROM posts WHERE kind = 'daily'")[0]?.revealed_at).not.toBeNull();
    expect(rows(db, "SELECT outcome FROM deliveries WHERE key LIKE 'reveal:%'")).toEqual([{ outcome: 'sent' }]);
  });
});
