/**
 * 1,000 channels scheduled for the same minute against a fake front end: how long the fan-out takes,
 * and a check of exactly one post per channel after a double fire. Run: npm run bench:daily
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { studyContent } from '../content/index.js';
import { assemble } from '../src/compose.js';
import type { ChannelPoster } from '../src/core/channel-poster.js';
import { silentLogger } from '../src/core/ports.js';
import type { Place, Platform } from '../src/core/request.js';
import { openDatabase } from '../src/store/open-database.js';
import { fmt, report } from './stats.js';
import { sqliteStores } from '../src/store/open-stores.js';

const CHANNELS = 1_000;
const posted = new Map<string, number>();
const fakeFrontEnd: ChannelPoster = {
  platform: 'slack',
  async post(place: Place) {
    posted.set(place.channelId, (posted.get(place.channelId) ?? 0) + 1);
    return { messageRef: `${place.channelId}-${posted.get(place.channelId)}` };
  },
  async update() {},
};

const dir = mkdtempSync(join(tmpdir(), 'studybot-bench-daily-'));
try {
  let now = new Date('2026-11-23T08:59:00Z');
  const db = openDatabase(join(dir, 'daily.db'));
  let ids = 0;
  const app = assemble({
    content: studyContent(), stores: sqliteStores(db), logger: silentLogger, clock: { now: () => now },
    posters: new Map<Platform, ChannelPoster>([['slack', fakeFrontEnd]]), defaultTimeZone: 'UTC', newId: () => `p${++ids}`,
  });
  for (let c = 0; c < CHANNELS; c++) {
    app.scheduleStore.saveSchedule({
      place: { platform: 'slack', workspaceId: `T${c % 50}`, channelId: `C${c}` }, enabled: true, postAtMinutes: 540,
      timeZone: 'UTC', revealAfterMinutes: 480, updatedBy: 'bench', updatedAt: now,
    });
  }
  now = new Date('2026-11-23T09:00:00Z');
  const t = performance.now();
  await app.daily.tick(now);
  const fanOut = performance.now() - t;
  const t2 = performance.now();
  await app.daily.tick(now); // the same minute firing again
  const secondFire = performance.now() - t2;
  const once = [...posted.values()].filter((n) => n === 1).length;
  const twice = [...posted.values()].filter((n) => n > 1).length;
  console.log(`fan-out to ${CHANNELS} channels: ${fmt(fanOut)} (${(fanOut / CHANNELS).toFixed(3)} ms per channel); a second fire: ${fmt(secondFire)}`);
  console.log(`channels posted once: ${once}, more than once: ${twice}, missed: ${CHANNELS - posted.size}`);
  report('daily: fan-out to 1,000 channels', fanOut, 'ms', { op: '<=', value: 60_000 });
  report('daily: channels with exactly one post', once, 'channels', { op: '>=', value: CHANNELS });
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
