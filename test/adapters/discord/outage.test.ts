import { describe, expect, it } from 'vitest';
import { studyContent } from '../../../content/index.js';
import { startDiscordClient } from '../../../src/adapters/discord/index.js';
import { assemble } from '../../../src/compose.js';
import type { ChannelPoster } from '../../../src/core/channel-poster.js';
import { systemClock } from '../../../src/core/ports.js';
import type { Actor, Place, Platform } from '../../../src/core/request.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { sqliteStores } from '../../../src/store/open-stores.js';
import { FakeDiscord } from '../../fakes/discord/fake-discord.js';
import { testBank } from '../../helpers/assembly.js';
import { recordingLogger } from '../../helpers/recording-logger.js';

const place: Place = { platform: 'discord', workspaceId: '200000000000000001', channelId: '300000000000000001' };
const admin: Actor = { id: '100000000000000009', name: 'ada', isAdmin: true };
const hhmm = (d: Date) => `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;

describe('Discord outage and the daily question', () => {
  it('while the gateway is unreachable the scheduler claims nothing; back online, the catch-up posts once', async () => {
    let fake = await FakeDiscord.start();
    const db = openDatabase(':memory:');
    const logger = recordingLogger();
    const posters = new Map<Platform, ChannelPoster>();
    const app = assemble({ content: studyContent(), stores: sqliteStores(db), logger, clock: systemClock, posters, defaultTimeZone: 'UTC', bank: testBank() });
    let reconnected = 0;
    const discord = await startDiscordClient({
      bot: app.bot, logger, posters, token: fake.token, apiUrl: fake.apiUrl, rest: { retries: 0, timeout: 1_000 },
      onReconnected: () => { reconnected += 1; void app.daily.tick(); },
    });
    const port = fake.port;
    const messages = () => fake.callsTo('POST', /^\/channels\/\d+\/messages$/);
    try {
      await app.bot.handle({ actor: admin, place, text: `daily on ${hhmm(new Date(Date.now() - 60_000))} UTC 8h` });
      await fake.close();
      await waitUntil(() => logger.lines.some((l) => /gateway unreachable/.test(l.message)), 10_000);
      expect(posters.has('discord')).toBe(false);
      // The minute's sweep during the outage: nothing claimed, no failed try counted toward giving up.
      await app.daily.tick();
      expect(db.prepare("SELECT count(*) AS n FROM deliveries").get()).toEqual({ n: 0 });

      fake = await FakeDiscord.start({ port, token: fake.token, appId: fake.appId });
      await waitUntil(() => reconnected > 0 && messages().length > 0, 15_000);
      // The catch-up's tick records the post right after sending it; wait for that record, not only the message.
      const outcome = () => (db.prepare("SELECT outcome FROM deliveries WHERE key LIKE 'post:%'").get() as { outcome: string | null } | undefined)?.outcome;
      await waitUntil(() => outcome() === 'sent', 10_000);
      await app.scheduler.tick('again'); // a later sweep finds it done
      expect(messages()).toHaveLength(1);
      expect(db.prepare("SELECT outcome, attempts FROM deliveries WHERE key LIKE 'post:%'").all()).toEqual([{ outcome: 'sent', attempts: 0 }]); // no failed try was counted
      expect(logger.lines.filter((l) => /gateway reachable again/.test(l.message))).toHaveLength(1);
    } finally {
      await app.scheduler.stop();
      await discord.stop();
      await fake.close();
      db.close();
    }
  }, 40_000);
});

describe('stopping during an outage', () => {
  it('a stop while the gateway is unreachable cancels the pending reconnect: nothing connects afterwards', async () => {
    let fake = await FakeDiscord.start();
    const db = openDatabase(':memory:');
    const logger = recordingLogger();
    const posters = new Map<Platform, ChannelPoster>();
    const app = assemble({ content: studyContent(), stores: sqliteStores(db), logger, clock: systemClock, posters, defaultTimeZone: 'UTC', bank: testBank() });
    const discord = await startDiscordClient({ bot: app.bot, logger, posters, token: fake.token, apiUrl: fake.apiUrl, rest: { retries: 0, timeout: 1_000 } });
    const port = fake.port;
    try {
      await fake.close();
      await waitUntil(() => logger.lines.some((l) => /gateway unreachable/.test(l.message)), 10_000);
      await discord.stop();
      // The gateway comes back: a reconnect that was only paused, not cancelled, would find it now.
      fake = await FakeDiscord.start({ port, token: fake.token, appId: fake.appId });
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(fake.sockets.size).toBe(0);
    } finally {
      await fake.close();
      db.close();
    }
  }, 40_000);
});

async function waitUntil(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
