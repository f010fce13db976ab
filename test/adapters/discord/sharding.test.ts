import { REST } from 'discord.js';
import { FakeCron } from '../../helpers/fake-cron.js';
import { afterEach, describe, expect, it } from 'vitest';
import { studyContent } from '../../../content/index.js';
import { discordRestOptions, type ShardIds } from '../../../src/adapters/discord/client.js';
import { startDiscordClient, type RunningDiscord } from '../../../src/adapters/discord/index.js';
import { DiscordPoster } from '../../../src/adapters/discord/poster.js';
import { ownStores, servedBy, shardIdsFromEnv, shardOfPlace } from '../../../src/adapters/discord/shard-ownership.js';
import { identifyDelay, SHARD_ENTRY, shardExecArgv } from '../../../src/adapters/discord/sharding.js';
import { assemble, type Assembly } from '../../../src/compose.js';
import { readConfig } from '../../../src/config/env.js';
import type { ChannelPoster } from '../../../src/core/channel-poster.js';
import type { Clock } from '../../../src/core/ports.js';
import type { Place, Platform } from '../../../src/core/request.js';
import { openDatabase, type Db } from '../../../src/store/open-database.js';
import { sqliteStores } from '../../../src/store/open-stores.js';
import { FakeDiscord, shardOfGuild } from '../../fakes/discord/fake-discord.js';
import { slash, type Where } from '../../fakes/discord/interactions.js';
import { testBank } from '../../helpers/assembly.js';
import { fixedClock } from '../../helpers/bot.js';
import { ada, alice, here, read, recordingLogger } from './harness.js';

/** `here` is served by shard 0 of 2; this server by shard 1. */
const there: Where = { guildId: '200000000004194304', channelId: '300000000000000002' };
const discordPlace = (where: Where): Place => ({ platform: 'discord', workspaceId: where.guildId ?? 'dm', channelId: where.channelId });

describe('which shard serves what', () => {
  it('follows Discord\'s formula, with DMs and one shard on shard 0, as the fake gateway routes', () => {
    expect(shardOfPlace(discordPlace(here), 2)).toBe(0);
    expect(shardOfPlace(discordPlace(there), 2)).toBe(1);
    expect(shardOfPlace(discordPlace(there), 1)).toBe(0);
    expect(shardOfPlace({ platform: 'discord', workspaceId: 'dm', channelId: '1' }, 4)).toBe(0);
    for (const guild of ['200000000000000001', '200000000004194304', '1234567890123456789', '987654321987654321']) {
      for (const count of [1, 2, 3, 16]) expect(shardOfPlace({ platform: 'discord', workspaceId: guild, channelId: '1' }, count)).toBe(shardOfGuild(guild, count));
    }
    const one = servedBy({ ids: [1], count: 2 });
    expect(one(discordPlace(there))).toBe(true);
    expect(one(discordPlace(here))).toBe(false);
    // A Slack workspace is never a shard's, whatever its id looks like.
    expect(servedBy({ ids: [0, 1], count: 2 })({ platform: 'slack', workspaceId: 'T0123', channelId: 'C1' })).toBe(false);
  });

  it('reads the shard ids discord.js gives a shard process, and nothing else', () => {
    expect(shardIdsFromEnv({ SHARDS: '1', SHARD_COUNT: '2' })).toEqual({ ids: [1], count: 2 });
    expect(shardIdsFromEnv({ SHARDS: '[0,2]', SHARD_COUNT: '4' })).toEqual({ ids: [0, 2], count: 4 });
    expect(shardIdsFromEnv({})).toBeUndefined();
    expect(shardIdsFromEnv({ SHARDS: '2', SHARD_COUNT: '2' })).toBeUndefined();
    expect(shardIdsFromEnv({ SHARDS: 'x', SHARD_COUNT: '2' })).toBeUndefined();
  });

  it('DISCORD_SHARDS is auto or a number, and needs the token', () => {
    const base = { DISCORD_TOKEN: 't', DISCORD_APP_ID: '900000000000000002' };
    expect(readConfig(base).DISCORD_SHARDS).toBeUndefined();
    expect(readConfig({ ...base, DISCORD_SHARDS: '' }).DISCORD_SHARDS).toBeUndefined();
    expect(readConfig({ ...base, DISCORD_SHARDS: 'auto' }).DISCORD_SHARDS).toBe('auto');
    expect(readConfig({ ...base, DISCORD_SHARDS: ' AUTO ' }).DISCORD_SHARDS).toBe('auto');
    expect(readConfig({ ...base, DISCORD_SHARDS: '4' }).DISCORD_SHARDS).toBe(4);
    for (const bad of ['0', '-1', '2.5', 'many', '10000']) expect(() => readConfig({ ...base, DISCORD_SHARDS: bad }), bad).toThrow(/DISCORD_SHARDS/);
    expect(() => readConfig({ DISCORD_SHARDS: '2' })).toThrow(/DISCORD_SHARDS needs DISCORD_TOKEN/);
  });

  it('spaces shard starts by Discord\'s identify concurrency, and passes no secret on the command line', () => {
    expect(identifyDelay(1)).toBe(5_500);
    expect(identifyDelay(2)).toBe(5_500);
    expect(identifyDelay(16)).toBe(367);
    expect(SHARD_ENTRY).toMatch(/src\/discord-shard\.ts$/);
    const argv = shardExecArgv(SHARD_ENTRY);
    expect(argv).toEqual(['--import', expect.stringMatching(/^file:\/\/.*\/tsx\/.*loader\.mjs$/)]);
    expect(shardExecArgv('/opt/studybot/dist/discord-shard.js')).toEqual([]);
  });
});

interface ShardUnderTest {
  readonly core: Assembly;
  readonly discord: RunningDiscord;
}

/**
 * Two shard "processes" in this one: each its own discord.js client for its shard id, its own assembly
 * with the ownership-filtered stores, on one SQLite database, as src/discord-shard.ts wires them. The
 * manager's scheduler (unfiltered, REST poster) ticks too.
 */
describe('two shards against the fake gateway (in one process)', () => {
  let fake: FakeDiscord;
  let db: Db;
  const shards: ShardUnderTest[] = [];
  const logger = recordingLogger();
  const clock = fixedClock();
  let ids = 0;

  afterEach(async () => {
    for (const s of shards.splice(0)) await s.discord.stop();
    await fake?.close();
    db?.close();
  });

  function assembly(stores: ReturnType<typeof sqliteStores>, posters: Map<Platform, ChannelPoster>): Assembly {
    return assemble({ content: studyContent(), stores, logger, clock: clock as Clock, posters, defaultTimeZone: 'UTC', bank: testBank(), newId: () => `post-${++ids}`, cron: new FakeCron() });
  }

  async function startShard(shard: ShardIds): Promise<ShardUnderTest> {
    const posters = new Map<Platform, ChannelPoster>();
    const core = assembly(ownStores(sqliteStores(db), servedBy(shard)), posters);
    const discord = await startDiscordClient({
      bot: core.bot, logger, posters, token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl, shards: shard,
      rest: { retries: 0, timeout: 2_000 }, readyTimeoutMs: 5_000,
    });
    const started = { core, discord };
    shards.push(started);
    return started;
  }

  async function setUp() {
    fake = await FakeDiscord.start({ recommendedShards: 2 });
    db = openDatabase(':memory:');
    const [zero, one] = [await startShard({ ids: [0], count: 2 }), await startShard({ ids: [1], count: 2 })];
    return { zero, one };
  }

  it('each shard identifies with its shard id; a command reaches the shard of its server and is answered once', async () => {
    await setUp();
    expect(fake.connectedShards().sort()).toEqual([[0, 2], [1, 2]]);
    expect(fake.received.filter((m) => m.op === 2).map((m) => (m.d as { shard?: unknown }).shard).sort()).toEqual([[0, 2], [1, 2]]);

    for (const [where, shard] of [[here, 0], [there, 1]] as const) {
      const payload = fake.interact(slash(fake.appId, alice, where, 'topic', { topic: 'lambda' }));
      const first = read(await fake.waitForResponse(payload));
      expect(first.embed?.title).toBe('AWS Lambda');
      expect(fake.deliveredTo.get(payload.id)).toEqual([shard]);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(fake.responsesFor(payload)).toHaveLength(1);
    }
  });

  it('daily questions go out once per server, from its own shard or the manager, and no shard touches another\'s or Slack\'s', async () => {
    const { zero, one } = await setUp();
    for (const where of [here, there]) {
      const on = read(await fake.waitForResponse(fake.interact(slash(fake.appId, ada, where, null, { action: 'on', settings: '09:00 UTC 8h' }, 'aws-daily'))));
      expect(on.embed?.title).toBe('Daily question is on');
    }
    // A Slack channel's schedule in the same database: no Discord shard may take it on.
    const slackPlace: Place = { platform: 'slack', workspaceId: 'T0000001', channelId: 'C0000001' };
    await zero.core.scheduleStore.saveSchedule({ place: slackPlace, enabled: true, postAtMinutes: 9 * 60, timeZone: 'UTC', revealAfterMinutes: 480, updatedBy: 'U1', updatedAt: clock.now() });

    expect((await zero.core.scheduleStore.enabledSchedules()).map((s) => s.place.workspaceId)).toEqual([here.guildId]);
    expect((await one.core.scheduleStore.enabledSchedules()).map((s) => s.place.workspaceId)).toEqual([there.guildId]);

    await Promise.all([zero.core.scheduler.tick('test'), one.core.scheduler.tick('test')]);
    for (const where of [here, there]) expect(fake.callsTo('POST', new RegExp(`^/channels/${where.channelId}/messages$`)), where.channelId).toHaveLength(1);
    // Neither shard took on the Slack channel (it has no Slack poster): nothing was even prepared for it.
    expect(await zero.core.quizStore.latestDaily(slackPlace)).toBeUndefined();
    expect(logger.lines.filter((l) => l.level === 'error' || l.level === 'warn')).toEqual([]);

    // The manager process: no gateway, a REST poster that reaches any channel, the whole schedule list.
    const rest = new REST(discordRestOptions(logger, fake.apiUrl, { retries: 0, timeout: 2_000 })).setToken(fake.token);
    const managerPosters = new Map<Platform, ChannelPoster>([['discord', new DiscordPoster(rest, logger)]]);
    const manager = assembly(sqliteStores(db), managerPosters);
    await zero.core.scheduleStore.saveSchedule({ place: slackPlace, enabled: false, postAtMinutes: 9 * 60, timeZone: 'UTC', revealAfterMinutes: 480, updatedBy: 'U1', updatedAt: clock.now() });
    await Promise.all([manager.daily.tick(), zero.core.scheduler.tick('test'), one.core.scheduler.tick('test')]);
    for (const where of [here, there]) expect(fake.callsTo('POST', new RegExp(`^/channels/${where.channelId}/messages$`)), where.channelId).toHaveLength(1);

    // Eight hours later the reveals come due. Shard 1 is down (its process is being restarted): shard 0
    // reveals its server's question, the manager the other one, through REST. Once each.
    await one.discord.stop();
    clock.advance(8 * 60 * 60_000);
    await zero.core.scheduler.tick('test');
    expect(fake.callsTo('POST', /^\/channels\/300000000000000001\/messages$/)).toHaveLength(2);
    expect(fake.callsTo('POST', /^\/channels\/300000000000000002\/messages$/)).toHaveLength(1);
    await Promise.all([manager.daily.tick(), zero.core.scheduler.tick('test')]);
    for (const where of [here, there]) {
      expect(fake.callsTo('POST', new RegExp(`^/channels/${where.channelId}/messages$`)), where.channelId).toHaveLength(2);
      // The question's buttons are closed by editing it.
      expect(fake.callsTo('PATCH', new RegExp(`^/channels/${where.channelId}/messages/\\d+$`)), where.channelId).toHaveLength(1);
    }
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
    expect(logger.lines.filter((l) => l.level === 'error' || l.level === 'warn')).toEqual([]);
  });
});
