import { studyContent } from '../../../content/index.js';
import { startSlackApp, type RunningSlack, type SlackMode } from '../../../src/adapters/slack/index.js';
import type { IntakeLimits } from '../../../src/adapters/slack/intake-guard.js';
import type { ChartRenderer } from '../../../src/adapters/slack/chart-delivery.js';
import type { RetryPolicy } from '../../../src/adapters/slack/poster.js';
import { assemble, type Assembly } from '../../../src/compose.js';
import type { ChannelPoster } from '../../../src/core/channel-poster.js';
import type { Clock, Logger } from '../../../src/core/ports.js';
import type { Platform } from '../../../src/core/request.js';
import { openDatabase, type Db } from '../../../src/store/open-database.js';
import { testBank } from '../../helpers/assembly.js';
import { fixedClock } from '../../helpers/bot.js';
import { FakeSlack } from '../../fakes/slack/fake-slack.js';
import { clickBody, eventCallback, homeClickPayload, sendToApp, slashCommandBody, type ClickOptions, type Member, type Sent, type SendOptions, type Where } from '../../fakes/slack/requests.js';
import { recordingLogger } from '../../helpers/recording-logger.js';
import { sqliteStores } from '../../../src/store/open-stores.js';
import { SqliteRequestKeys } from '../../../src/store/sqlite-request-keys.js';

export const SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-token';
export const APP_TOKEN = 'xapp-test-token';
export const alice: Member = { id: 'U0ALICE', name: 'alice' };
export const bob: Member = { id: 'U0BOB', name: 'bob' };
export const admin: Member = { id: 'U0ADMIN', name: 'ada' };

export { recordingLogger, type LogLine } from '../../helpers/recording-logger.js';

export interface Harness {
  readonly fake: FakeSlack;
  readonly slack: RunningSlack;
  readonly core: Assembly;
  readonly db: Db;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly logger: ReturnType<typeof recordingLogger>;
  readonly posters: Map<Platform, ChannelPoster>;
  readonly where: Where;
  /** The waits the poster was asked to make (Retry-After), instead of sleeping. */
  readonly waits: number[];
  /** The app's base URL (HTTP mode). */
  readonly url: string;
  /** Sends `/aws <text>` signed; returns the HTTP answer (the ack) and the response_url used. */
  command(text: string, who?: Member, opts?: SendOptions & { triggerId?: string; responseUrl?: string }): Promise<Sent & { responseUrl: string }>;
  click(who: Member, click: ClickOptions, opts?: SendOptions & { responseUrl?: string }): Promise<Sent & { responseUrl: string }>;
  /** Sends an Events API callback (JSON, signed), e.g. `{ type: 'app_home_opened', user, tab: 'home' }`. */
  event(event: Record<string, unknown>): Promise<Sent>;
  /** Presses a button on the Home tab. */
  homeClick(who: Member, actionId: string, value: string): Promise<Sent>;
  close(): Promise<void>;
}

/**
 * The real bolt App, assembled with the real core on :memory: SQLite and a fixed clock, against a fake
 * Slack on 127.0.0.1. Same wiring as main.ts: the Slack front end registers its poster in the map the
 * daily service reads.
 */
export async function startHarness(opts: { mode?: 'http' | 'socket'; adminIds?: string[]; renderChart?: ChartRenderer; intakeLimits?: IntakeLimits } = {}): Promise<Harness> {
  const fake = await FakeSlack.start();
  fake.users.set(alice.id, { name: alice.name });
  fake.users.set(bob.id, { name: bob.name });
  fake.users.set(admin.id, { name: admin.name, is_admin: true });
  if (opts.mode === 'socket') fake.enableSocketMode();
  const logger = recordingLogger();
  const db = openDatabase(':memory:');
  const posters = new Map<Platform, ChannelPoster>();
  let ids = 0;
  const clock = fixedClock();
  // Ticks are driven by the tests (scheduler.tick), never by real cron timers.
  const cron = { schedule: () => ({ destroy: () => undefined }) };
  const core = assemble({
    content: studyContent(), stores: sqliteStores(db), logger, clock: clock as Clock, posters, defaultTimeZone: 'UTC', bank: testBank(), newId: () => `post-${++ids}`, cron,
  });
  const waits: number[] = [];
  const retryPolicy: RetryPolicy = { maxRetries: 2, maxWaitMs: 30_000, sleep: async (ms) => { waits.push(ms); } };
  const mode: SlackMode = opts.mode === 'socket' ? { kind: 'socket', appToken: APP_TOKEN } : { kind: 'http', signingSecret: SECRET, port: 0, host: '127.0.0.1' };
  const slack = await startSlackApp({
    bot: core.bot, logger, posters, botToken: BOT_TOKEN, mode, apiUrl: fake.apiUrl, clientRetries: 0, retryPolicy, adminIds: opts.adminIds ?? [],
    requestKeys: new SqliteRequestKeys(db), ...(opts.renderChart ? { renderChart: opts.renderChart } : {}), ...(opts.intakeLimits ? { intakeLimits: opts.intakeLimits } : {}),
  });
  const where: Where = { teamId: fake.team.id, channelId: 'C0STUDY' };
  const url = `http://127.0.0.1:${slack.port ?? 0}`;
  return {
    fake, slack, core, db, clock, logger, posters, where, waits, url,
    async command(text, who = alice, send = {}) {
      const responseUrl = send.responseUrl ?? fake.responseUrl();
      const sent = await sendToApp(url, slashCommandBody(text, who, where, responseUrl, send.triggerId), { secret: SECRET, ...send });
      return { ...sent, responseUrl };
    },
    async click(who, click, send = {}) {
      const responseUrl = send.responseUrl ?? fake.responseUrl();
      const sent = await sendToApp(url, clickBody(who, where, responseUrl, click), { secret: SECRET, ...send });
      return { ...sent, responseUrl };
    },
    async event(event) {
      return sendToApp(url, JSON.stringify(eventCallback(where.teamId, event)), { secret: SECRET, json: true });
    },
    async homeClick(who, actionId, value) {
      return sendToApp(url, new URLSearchParams({ payload: JSON.stringify(homeClickPayload(who, where.teamId, actionId, value)) }).toString(), { secret: SECRET });
    },
    async close() {
      await slack.stop();
      if (opts.mode === 'socket') await fake.waitFor('socket closed', () => fake.sockets.size === 0);
      await core.scheduler.stop();
      const refused = [...fake.refused];
      await fake.close();
      db.close();
      // The fake refuses what the platform would; a front end that sent such a message has a bug.
      if (refused.length > 0) throw new Error(`the platform refused ${refused.length} message(s): ${JSON.stringify(refused).slice(0, 500)}`);
    },
  };
}

/** Polls until `check` returns something; fails (never hangs) after `ms`. */
export async function until<T>(what: string, check: () => T | undefined | false, ms = 5_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const result = check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export { blocksOf, buttons, visible, type Blocks } from './blocks.js';
