/**
 * DRILL (real child processes): DISCORD_SHARDS with discord.js's ShardingManager against the fake
 * Discord. Each shard is a real `node --import tsx src/discord-shard.ts` process (about 2 s to start),
 * so this file takes several seconds; the wiring itself is covered quickly in sharding.test.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { shardExecArgv, startShardedDiscord, type RunningShards } from '../../../src/adapters/discord/sharding.js';
import type { ChannelPoster } from '../../../src/core/channel-poster.js';
import type { Platform } from '../../../src/core/request.js';
import { FakeDiscord } from '../../fakes/discord/fake-discord.js';
import { slash, type Where } from '../../fakes/discord/interactions.js';
import { ada, alice, here, read, recordingLogger } from './harness.js';

/** `here` is served by shard 0 of 2; this server by shard 1. */
const there: Where = { guildId: '200000000004194304', channelId: '300000000000000002' };
const dir = mkdtempSync(join(tmpdir(), 'studybot-shards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(what: string, check: () => T | undefined | false, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const result = check();
    if (result) return result;
    if (Date.now() > end) throw new Error(`never saw: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let fake: FakeDiscord | undefined;
let running: RunningShards | undefined;
afterEach(async () => {
  await running?.stop();
  await fake?.close();
});

describe('DRILL: two real shard processes under the ShardingManager', () => {
  it('connect with their shard ids, answer their own servers once, and all end with stop()', async () => {
    fake = await FakeDiscord.start({ recommendedShards: 2 });
    const logger = recordingLogger();
    const posters = new Map<Platform, ChannelPoster>();
    running = await startShardedDiscord({
      token: fake.token, shards: 'auto', logger, posters, apiUrl: fake.apiUrl,
      env: { DATABASE_PATH: join(dir, 'shards.db'), DISCORD_APP_ID: fake.appId, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'warn' },
      spawnDelayMs: 0, readyTimeoutMs: 10_000, stopOnSignals: false,
    });
    const f = fake;
    expect(running.totalShards).toBe(2);
    expect(f.connectedShards().sort()).toEqual([[0, 2], [1, 2]]);
    const pids = running.pids();
    expect([...pids.keys()].sort()).toEqual([0, 1]);
    expect(new Set(pids.values()).size).toBe(2);
    expect([...pids.values()]).not.toContain(process.pid);
    // The manager process keeps a REST poster for its own scheduler, and no discord.js shard markers.
    expect(posters.get('discord')?.platform).toBe('discord');
    expect(process.env.SHARDING_MANAGER).toBeUndefined();
    // The token travels in the environment only, never on a command line.
    for (const pid of pids.values()) {
      if (existsSync(`/proc/${pid}/cmdline`)) expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).not.toContain(f.token);
    }

    for (const [where, shard] of [[here, 0], [there, 1]] as const) {
      const payload = f.interact(slash(f.appId, alice, where, 'topic', { topic: 'lambda' }));
      expect(read(await f.waitForResponse(payload, 1, 10_000)).embed?.title).toBe('AWS Lambda');
      expect(f.deliveredTo.get(payload.id)).toEqual([shard]);
    }
    // Each interaction was answered exactly once. The second server's shard posts its daily question through REST.
    const now = read(await f.waitForResponse(f.interact(slash(f.appId, ada, there, null, { action: 'now' }, 'aws-daily')), 1, 10_000));
    expect(now.flags & 64).toBe(64);
    await f.waitFor('the daily question in the channel', () => f.callsTo('POST', /^\/channels\/300000000000000002\/messages$/)[0], 5_000);
    await pause(200);
    for (const payload of [...f.deliveredTo.keys()]) expect(f.responsesFor({ id: payload, token: `itoken-${payload}` }), payload).toHaveLength(1);
    expect(f.callsTo('POST', /^\/channels\/300000000000000002\/messages$/)).toHaveLength(1);

    const before = [...running.pids().values()];
    const stopping = Date.now();
    await running.stop();
    expect(Date.now() - stopping).toBeLessThan(7_000);
    for (const pid of before) expect(alive(pid), `shard process ${pid}`).toBe(false);
    expect(running.pids().size).toBe(0);
    expect(posters.has('discord')).toBe(false);
    await until('gateway connections closed', () => f.connectedShards().length === 0, 2_000);
  });
});

describe('DRILL: npm start with DISCORD_SHARDS=2, then SIGTERM', () => {
  it('the main process runs no gateway client, its shards connect, and SIGTERM ends them all', async () => {
    fake = await FakeDiscord.start({ recommendedShards: 1, maxConcurrency: 16 });
    const f = fake;
    const main = new URL('../../../src/main.ts', import.meta.url).pathname;
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', LOG_LEVEL: 'info',
      DATABASE_PATH: join(dir, 'main.db'), DISCORD_TOKEN: f.token, DISCORD_APP_ID: f.appId, DISCORD_API_URL: f.apiUrl, DISCORD_SHARDS: '2',
    };
    // Its own working directory, so that no developer .env is read.
    const child = spawn(process.execPath, [...shardExecArgv(main), main], { env, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => { log += chunk.toString('utf8'); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await until('studybot is running', () => log.includes('studybot is running'), 15_000);
      expect(f.connectedShards().sort()).toEqual([[0, 2], [1, 2]]);
      const lines = log.split('\n').flatMap((line) => { try { return [JSON.parse(line) as Record<string, unknown>]; } catch { return []; } });
      const shardPids = lines.filter((l) => l.msg === 'discord: shard process started').map((l) => Number(l.pid));
      expect(shardPids).toHaveLength(2);
      expect(shardPids).not.toContain(child.pid);
      expect(lines.find((l) => l.msg === 'studybot is running')?.frontEnds).toEqual(['discord']);

      const payload = f.interact(slash(f.appId, alice, there, 'topic', { topic: 'lambda' }));
      expect(read(await f.waitForResponse(payload, 1, 10_000)).embed?.title).toBe('AWS Lambda');

      const stopping = Date.now();
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(Date.now() - stopping).toBeLessThan(10_000);
      for (const pid of shardPids) expect(alive(pid), `shard process ${pid}`).toBe(false);
      expect(log).not.toContain(f.token);
      expect(log).not.toMatch(/shard process ended; starting it again/);
      expect(log).not.toMatch(/"level":50/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
