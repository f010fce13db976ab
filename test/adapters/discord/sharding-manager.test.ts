/**
 * The sharding manager's wiring with the real discord.js ShardingManager forking a stub shard
 * (test/fakes/discord/stub-shard.mjs: no discord.js client, starts in milliseconds). The real shard
 * processes are exercised in sharding-drill.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startShardedDiscord, type RunningShards, type ShardedDiscordOptions } from '../../../src/adapters/discord/sharding.js';
import type { ChannelPoster } from '../../../src/core/channel-poster.js';
import type { Platform } from '../../../src/core/request.js';
import { FakeDiscord } from '../../fakes/discord/fake-discord.js';
import { recordingLogger } from './harness.js';

const STUB = new URL('../../fakes/discord/stub-shard.mjs', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'studybot-manager-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface StubRecord {
  shard: string; count: string; mode: string | null; pid: number; token: string | null; slack: string | null; extra: string | null;
  argv: string[]; execArgv: string[];
}

let fake: FakeDiscord;
let out: string;
let running: RunningShards | undefined;
let logger: ReturnType<typeof recordingLogger>;
let posters: Map<Platform, ChannelPoster>;
beforeEach(async () => {
  fake = await FakeDiscord.start({ recommendedShards: 3 });
  out = mkdtempSync(join(root, 'run-'));
  logger = recordingLogger();
  posters = new Map();
  running = undefined;
});
afterEach(async () => {
  await running?.stop();
  await fake.close();
});

function start(overrides: Partial<ShardedDiscordOptions> & { stubEnv?: Record<string, string> } = {}): Promise<RunningShards> {
  const { stubEnv, ...rest } = overrides;
  return startShardedDiscord({
    token: fake.token, shards: 2, logger, posters, apiUrl: fake.apiUrl, file: STUB,
    env: { STUB_OUT: out, ...stubEnv }, spawnDelayMs: 0, readyTimeoutMs: 5_000, stopTimeoutMs: 1_000, respawnDelayMs: 50, stopOnSignals: false,
    rest: { retries: 0, timeout: 2_000 },
    ...rest,
  });
}

function records(): StubRecord[] {
  return readdirSync(out).map((name) => JSON.parse(readFileSync(join(out, name), 'utf8')) as StubRecord);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(what: string, check: () => boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`never saw: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the sharding manager (stub shard processes)', () => {
  it('starts one process per shard with its ids in the environment, the token only there, and no Slack secrets', async () => {
    const saved = process.env.SLACK_BOT_TOKEN;
    process.env.SLACK_BOT_TOKEN = 'xoxb-not-for-shards';
    try {
      running = await start({ stubEnv: { STUB_EXTRA: 'given' } });
    } finally {
      if (saved === undefined) delete process.env.SLACK_BOT_TOKEN;
      else process.env.SLACK_BOT_TOKEN = saved;
    }
    const seen = records().sort((a, b) => a.shard.localeCompare(b.shard));
    expect(seen.map((r) => [r.shard, r.count, r.mode])).toEqual([['0', '2', 'process'], ['1', '2', 'process']]);
    for (const r of seen) {
      expect(r.token).toBe(fake.token);
      expect(r.slack).toBeNull();
      expect(r.extra).toBe('given');
      expect(r.argv).toEqual([]);
      expect(JSON.stringify(r.execArgv)).not.toContain(fake.token);
    }
    expect([...running.pids().values()].sort()).toEqual(seen.map((r) => r.pid).sort());
    // discord.js writes its shard markers into the manager's own environment; they are undone.
    expect(process.env.SHARDING_MANAGER).toBeUndefined();
    expect(process.env.SHARDING_MANAGER_MODE).toBeUndefined();
    // The manager keeps a REST poster for its own scheduler while the shards run.
    expect(posters.get('discord')?.platform).toBe('discord');
    expect(JSON.stringify(logger.lines)).not.toContain(fake.token);

    await running.stop();
    for (const r of seen) expect(alive(r.pid)).toBe(false);
    expect(posters.has('discord')).toBe(false);
  });

  it('DISCORD_SHARDS=auto starts the count Discord recommends', async () => {
    running = await start({ shards: 'auto' });
    expect(running.totalShards).toBe(3);
    expect(records().map((r) => r.shard).sort()).toEqual(['0', '1', '2']);
    expect(fake.callsTo('GET', /^\/gateway\/bot$/)).toHaveLength(1);
  });

  it('refuses a token Discord rejects before starting any process', async () => {
    await expect(start({ token: 'not-the-token' })).rejects.toThrow(/Discord front end could not start: Discord did not accept the bot token \(DISCORD_TOKEN\)/);
    expect(records()).toEqual([]);
    expect(posters.size).toBe(0);
  });

  it('a shard that cannot start fails the whole start, and leaves nothing running', async () => {
    await expect(start({ stubEnv: { STUB_EXIT: '1' } })).rejects.toThrow(/Discord front end could not start: a shard did not become ready/);
    const seen = records();
    expect(seen.map((r) => r.shard).sort()).toEqual(['0', '1']);
    for (const r of seen) expect(alive(r.pid), `shard ${r.shard}`).toBe(false);
    expect(posters.size).toBe(0);
    // Not retried: one process per shard.
    await pause(200);
    expect(records()).toHaveLength(2);
  });

  it('restarts a shard that dies while running, with the same shard id', async () => {
    running = await start();
    const first = running.pids().get(1) ?? 0;
    process.kill(first, 'SIGKILL');
    await until('shard 1 restarted', () => (running?.pids().get(1) ?? first) !== first && records().filter((r) => r.shard === '1').length === 2);
    expect(logger.lines.find((l) => l.message === 'discord: shard process ended; starting it again')?.data).toMatchObject({ shard: 1, signal: 'SIGKILL' });
  });

  it('never restarts a shard once stopping: neither one killed by the stop nor one that died just before', async () => {
    running = await start({ respawnDelayMs: 300 });
    const pids = [...running.pids().values()];
    // Shard 0 dies on its own (Ctrl-C reaches the whole process group); its restart is pending when the stop comes.
    process.kill(pids[0] ?? 0, 'SIGKILL');
    await until('the death seen', () => logger.lines.some((l) => l.message === 'discord: shard process ended; starting it again'));
    await running.stop();
    await pause(500);
    expect(records()).toHaveLength(2);
    for (const pid of pids) expect(alive(pid)).toBe(false);
    expect(running.pids().size).toBe(0);
  });

  it('kills a shard that does not stop within the grace period, so stop() is bounded', async () => {
    running = await start({ stubEnv: { STUB_STUBBORN: '0' }, stopTimeoutMs: 300 });
    const pids = [...running.pids().values()];
    const began = Date.now();
    await running.stop();
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(Date.now() - began).toBeGreaterThanOrEqual(250);
    for (const pid of pids) expect(alive(pid)).toBe(false);
    expect(logger.lines.find((l) => l.message === 'discord: shard did not stop in time; killing it')?.data).toMatchObject({ shard: 0 });
  });

  it('a stop during start-up ends it: the start fails and no shard is left', async () => {
    const stopRequest = new AbortController();
    const starting = start({ spawnDelayMs: 2_000, signal: stopRequest.signal }).catch((error: unknown) => error);
    await until('shard 0 started', () => records().length === 1);
    stopRequest.abort();
    expect(String(await starting)).toMatch(/could not start: it was stopped while starting/);
    await pause(100);
    expect(records()).toHaveLength(1);
    for (const r of records()) expect(alive(r.pid)).toBe(false);
  });

  it('listens for SIGINT and SIGTERM while running (so no shard is restarted during shutdown), and stops listening after', async () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    running = await start({ stopOnSignals: true, shards: 1 });
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual([before[0]! + 1, before[1]! + 1]);
    await running.stop();
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });
});
