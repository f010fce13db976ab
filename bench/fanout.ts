/**
 * Two instances fan the daily question out to 10,000 channels (half Slack, half Discord, in a few
 * workspaces and servers) on one throwaway PostgreSQL 15 cluster, against fake platforms that answer
 * 429 with Retry-After at their documented limits (Discord: 50 requests per second per bot token;
 * Slack: one message per second per channel). Both instances run `daily.tick()` at the same time, as
 * two processes' minute sweeps would, again until every channel has its question (or a bound runs
 * out), and then once more, as a late second fire of the same minute. Figures: how long until every
 * channel had its question, channels posted exactly once and more than once (counted at the fake
 * platforms, cross-checked against what each instance's poster says it sent), and how the work split.
 *
 * The posters are the real ones: SlackPoster over the Slack WebClient (with the settings of
 * src/adapters/slack/index.ts, so a 429 comes back to callSlack, which waits Retry-After and tries
 * again) and DiscordPoster over a discord.js REST client with discordRestOptions (which waits out
 * 429s up to 10 s). The fakes in test/fakes cannot be told to rate-limit, so each sits behind a small
 * proxy that keeps the limit (bench/rate-limited-platforms.ts says exactly what is modelled).
 * Run: npm run bench:fanout (about two minutes: 5,000 Discord posts at 50 per second take 100 s at least)
 */
import { performance } from 'node:perf_hooks';
import { webApi } from '@slack/bolt';
import { REST } from 'discord.js';
import { studyContent } from '../content/index.js';
import { discordRestOptions } from '../src/adapters/discord/client.js';
import { DiscordPoster } from '../src/adapters/discord/poster.js';
import { boltLogger } from '../src/adapters/slack/bolt-logger.js';
import { SlackPoster } from '../src/adapters/slack/poster.js';
import { assemble, type Assembly } from '../src/compose.js';
import type { ChannelPoster } from '../src/core/channel-poster.js';
import type { Clock, Logger } from '../src/core/ports.js';
import { buildQuestionBank } from '../src/core/questions/build-bank.js';
import type { Reply } from '../src/core/reply.js';
import type { Place, Platform } from '../src/core/request.js';
import type { CronApi } from '../src/scheduler/daily-scheduler.js';
import { openStores, type OpenStores } from '../src/store/open-stores.js';
import { postgresAvailable, postgresMissing, startPostgres, type TestPostgres } from '../test/helpers/postgres.js';
import { DISCORD_GLOBAL_PER_SECOND, startRateLimitedDiscord, startRateLimitedSlack, type RateLimitedPlatform } from './rate-limited-platforms.js';
import { report } from './stats.js';

const CHANNELS = 10_000;
const WORKSPACES = 8; // Slack workspaces, and as many Discord servers
const POST_AT = new Date('2026-11-23T09:00:00Z');
const SAVED_AT = new Date('2026-11-23T08:00:00Z');
/** Rounds of ticks stop starting after this; a watchdog ends the program if one round hangs. */
const ROUNDS_BOUND_MS = 10 * 60_000;
const WATCHDOG_MS = 20 * 60_000;
const PROGRESS_EVERY_MS = 10_000;
const SLACK_TOKEN = 'xoxb-fake-bench';
const DISCORD_TOKEN = 'fake-bench-token';

interface Channel { readonly place: Place; readonly key: string }

const channels: Channel[] = Array.from({ length: CHANNELS }, (_, i) => {
  const w = i % WORKSPACES;
  const place: Place = i % 2 === 0
    ? { platform: 'slack', workspaceId: `T0BENCH${w}`, channelId: `C${String(i).padStart(8, '0')}` }
    : { platform: 'discord', workspaceId: String(200000000000000000n + BigInt(w)), channelId: String(300000000000000000n + BigInt(i)) };
  return { place, key: `${place.platform}:${place.channelId}` };
});

/** Counts the warnings and errors an instance logs, by message, and drops the rest. */
class CountingLogger implements Logger {
  readonly counts = new Map<string, number>();
  debug(): void {}
  info(): void {}
  warn(_data: object, message = '(no message)'): void { this.count(`warn: ${message}`); }
  error(_data: object, message = '(no message)'): void { this.count(`error: ${message}`); }
  private count(what: string): void { this.counts.set(what, (this.counts.get(what) ?? 0) + 1); }
}

/** What one instance's posters say they sent: the real poster underneath, counted when it returns. */
class CountingPoster implements ChannelPoster {
  constructor(private readonly inner: ChannelPoster, private readonly sent: Map<string, number>, private readonly tally: { posts: number }) {}
  get platform(): Platform { return this.inner.platform; }
  async post(place: Place, reply: Reply): Promise<{ readonly messageRef: string }> {
    const result = await this.inner.post(place, reply);
    const key = `${place.platform}:${place.channelId}`;
    this.sent.set(key, (this.sent.get(key) ?? 0) + 1);
    this.tally.posts += 1;
    return result;
  }
  update(place: Place, messageRef: string, reply: Reply): Promise<void> { return this.inner.update(place, messageRef, reply); }
}

interface Instance {
  readonly name: string;
  readonly app: Assembly;
  readonly stores: OpenStores;
  readonly rest: REST;
  readonly logger: CountingLogger;
  readonly tally: { posts: number };
}

const noCron: CronApi = { schedule: () => ({ destroy: () => undefined }) };

if (!postgresAvailable()) {
  console.log(`Skipping the fan-out benchmark: ${postgresMissing() ?? 'PostgreSQL 15 is not available'}.`);
  process.exit(0);
}

const watchdog = setTimeout(() => {
  console.error(`fan-out: still running after ${WATCHDOG_MS / 60_000} min; giving up (the cluster is stopped on exit)`);
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

const started = performance.now();
const cleanups: Array<() => Promise<void>> = [];
let progress: ReturnType<typeof setInterval> | undefined;
try {
  const server: TestPostgres = await startPostgres();
  cleanups.push(() => server.stop());
  const slack: RateLimitedPlatform = await startRateLimitedSlack();
  cleanups.push(() => slack.close());
  const discord: RateLimitedPlatform = await startRateLimitedDiscord(DISCORD_TOKEN);
  cleanups.push(() => discord.close());

  const content = studyContent();
  const bank = buildQuestionBank(content);
  const clock: Clock = { now: () => POST_AT };
  const sentByPosters = new Map<string, number>();

  const openInstance = async (name: string): Promise<Instance> => {
    const logger = new CountingLogger();
    const stores = await openStores({ DATABASE_URL: server.url, DATABASE_PATH: '' }, logger);
    cleanups.push(() => stores.close());
    // The settings startSlackApp gives the WebClient: 429s come back to callSlack, which honours Retry-After.
    const slackClient = new webApi.WebClient(SLACK_TOKEN, {
      slackApiUrl: slack.url, logger: boltLogger(logger), rejectRateLimitedCalls: true, timeout: 10_000,
      retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4_000 },
    });
    const rest = new REST(discordRestOptions(logger, discord.url)).setToken(DISCORD_TOKEN);
    cleanups.push(async () => { rest.clearHashSweeper(); rest.clearHandlerSweeper(); });
    const tally = { posts: 0 };
    const posters = new Map<Platform, ChannelPoster>([
      ['slack', new CountingPoster(new SlackPoster(slackClient, logger), sentByPosters, tally)],
      ['discord', new CountingPoster(new DiscordPoster(rest, logger), sentByPosters, tally)],
    ]);
    const app = assemble({ content, stores, logger, clock, posters, defaultTimeZone: 'UTC', bank, cron: noCron });
    return { name, app, stores, rest, logger, tally };
  };
  // One after the other: each migrates the schema when it opens.
  const a = await openInstance('A');
  const b = await openInstance('B');

  const tSave = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < channels.length) {
      const channel = channels[next++];
      if (!channel) break;
      await a.app.scheduleStore.saveSchedule({
        place: channel.place, enabled: true, postAtMinutes: 540, timeZone: 'UTC', revealAfterMinutes: 480, updatedBy: 'bench', updatedAt: SAVED_AT,
      });
    }
  }));
  const enabled = (await b.app.scheduleStore.enabledSchedules()).length;
  console.log(`saved ${CHANNELS} schedules (${CHANNELS / 2} Slack, ${CHANNELS / 2} Discord, ${WORKSPACES} workspaces and ${WORKSPACES} servers) in ${((performance.now() - tSave) / 1000).toFixed(1)} s; instance B sees ${enabled} enabled`);

  const postedChannels = () => slack.accepted.size + discord.accepted.size;
  const t0 = performance.now();
  const line = () => `${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s: ${postedChannels()}/${CHANNELS} channels have their question`
    + ` (Slack ${slack.accepted.size}, Discord ${discord.accepted.size}); posts by A ${a.tally.posts}, by B ${b.tally.posts}; 429s: Discord ${discord.limited()}, Slack ${slack.limited()}`;
  progress = setInterval(() => console.log(line()), PROGRESS_EVERY_MS);

  let rounds = 0;
  while (postedChannels() < CHANNELS && performance.now() - t0 < ROUNDS_BOUND_MS) {
    rounds += 1;
    await Promise.all([a.app.daily.tick(POST_AT), b.app.daily.tick(POST_AT)]);
  }
  const roundsMs = performance.now() - t0;
  const allPosted = postedChannels() >= CHANNELS;
  const fanOutMs = (allPosted ? Math.max(slack.lastFirstPostAt(), discord.lastFirstPostAt()) : performance.now()) - t0;
  const discordMs = discord.lastFirstPostAt() - t0;
  console.log(line());
  console.log(allPosted
    ? `every channel had its question after ${(fanOutMs / 1000).toFixed(1)} s (${rounds} round${rounds === 1 ? '' : 's'} of ticks, done after ${(roundsMs / 1000).toFixed(1)} s)`
    : `NOT every channel was posted within the bound: ${postedChannels()}/${CHANNELS} after ${rounds} rounds (${(roundsMs / 1000).toFixed(1)} s)`);

  // The same minute firing again on both instances, late: nothing may go out twice.
  const before = slack.posts() + discord.posts();
  const tAgain = performance.now();
  await Promise.all([a.app.daily.tick(POST_AT), b.app.daily.tick(POST_AT)]);
  const againMs = performance.now() - tAgain;
  const postedAgain = slack.posts() + discord.posts() - before;
  clearInterval(progress);
  progress = undefined;
  console.log(`a second fire of the same minute on both instances took ${(againMs / 1000).toFixed(1)} s and posted ${postedAgain} messages`);

  // Counted at the platforms (what members see), then cross-checked against the fakes' own records and the posters.
  const atPlatform = (c: Channel) => (c.place.platform === 'slack' ? slack.accepted : discord.accepted).get(c.place.channelId) ?? 0;
  const recordedSlack = slack.recorded();
  const recordedDiscord = discord.recorded();
  const inRecords = (c: Channel) => (c.place.platform === 'slack' ? recordedSlack : recordedDiscord).get(c.place.channelId) ?? 0;
  const once = channels.filter((c) => atPlatform(c) === 1).length;
  const twice = channels.filter((c) => atPlatform(c) > 1).length;
  const missed = channels.filter((c) => atPlatform(c) === 0).length;
  const disagree = channels.filter((c) => atPlatform(c) !== inRecords(c) || atPlatform(c) !== (sentByPosters.get(c.key) ?? 0)).length;
  const total = a.tally.posts + b.tally.posts;
  const discordRate = CHANNELS / 2 / (discordMs / 1000);
  console.log(`channels posted exactly once: ${once}, more than once: ${twice}, never: ${missed}; channels where the platform, the fake's records and the posters disagree: ${disagree}`);
  console.log(`work split: instance A posted ${a.tally.posts} (${(100 * a.tally.posts / Math.max(1, total)).toFixed(1)}%), instance B ${b.tally.posts} (${(100 * b.tally.posts / Math.max(1, total)).toFixed(1)}%)`);
  console.log(`Discord: ${CHANNELS / 2} posts in ${(discordMs / 1000).toFixed(1)} s = ${discordRate.toFixed(1)}/s against a limit of ${DISCORD_GLOBAL_PER_SECOND}/s (floor ${(CHANNELS / 2 / DISCORD_GLOBAL_PER_SECOND).toFixed(0)} s); 429s answered: Discord ${discord.limited()}, Slack ${slack.limited()}`);
  // discord.js reports each 429 to rejectOnRateLimit twice (when it arrives, and again while it holds the
  // retry back), so "discord: rate limited" counts twice an instance's 429s.
  for (const instance of [a, b]) {
    const logged = [...instance.logger.counts].map(([what, n]) => `${what} ×${n}`).join('; ');
    console.log(`instance ${instance.name} logged: ${logged || 'no warnings or errors'}`);
  }

  report('fanout: 10,000 channels from 2 instances, time until every channel has its question', fanOutMs / 1000, 's');
  report('fanout: Discord posts per second (limit 50)', discordRate, '/s');
  report('fanout: channels posted exactly once', once, 'channels', { op: '>=', value: CHANNELS });
  report('fanout: channels posted twice or more', twice, 'channels', { op: '<=', value: 0 });
  report('fanout: posts by instance A', a.tally.posts, 'posts');
  report('fanout: posts by instance B', b.tally.posts, 'posts');
  report('fanout: 429s answered (Discord + Slack)', discord.limited() + slack.limited(), 'responses');
} finally {
  if (progress) clearInterval(progress);
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch((error: unknown) => console.error(`fan-out cleanup: ${(error as Error).message}`));
  }
  console.log(`fan-out benchmark ran for ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
  clearTimeout(watchdog);
}
