/**
 * The weekly recap fanned out to 1,000 channels: how long one tick takes to build and post every
 * channel's recap (its queries, facts, wording and chart description) on a SQLite file, with fake
 * posters that only count (drawing and uploading each PNG is the platform adapters' cost, measured by
 * bench/chart.ts). Each channel had a daily question every day of the week before, answered by five
 * members. Also prints a second tick the same morning (everything already delivered).
 * Run: npm run bench:recap
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { studyContent } from '../content/index.js';
import { assemble } from '../src/compose.js';
import type { ChannelPoster } from '../src/core/channel-poster.js';
import { silentLogger, type Clock } from '../src/core/ports.js';
import { awardsAtReveal, decideAnswer } from '../src/core/quiz/answer-rules.js';
import { buildQuestionBank } from '../src/core/questions/build-bank.js';
import type { Reply } from '../src/core/reply.js';
import type { Place, Platform } from '../src/core/request.js';
import { openDatabase } from '../src/store/open-database.js';
import { sqliteStores } from '../src/store/open-stores.js';

const CHANNELS = 1_000;
const MEMBERS = 5;
const TOPICS = ['lambda', 'ecs', 'fargate', 'ec2', 'eks', 'batch', 'ecr'];
const MONDAY_0830 = new Date('2026-11-23T08:30:00Z');

/** Counts what it is asked to post; answers like a platform that takes every message. */
class CountingPoster implements ChannelPoster {
  readonly platform = 'slack' as const;
  posted = 0;
  charts = 0;
  async post(_place: Place, reply: Reply): Promise<{ messageRef: string }> {
    this.posted += 1;
    if (reply.chart) this.charts += 1;
    return { messageRef: `m${this.posted}` };
  }
  async update(): Promise<void> {}
}

const dir = mkdtempSync(join(tmpdir(), 'studybot-bench-recap-'));
try {
  const db = openDatabase(join(dir, 'recap.db'));
  const stores = sqliteStores(db);
  const poster = new CountingPoster();
  let now = new Date('2026-11-15T08:00:00Z');
  const clock: Clock = { now: () => now };
  const content = studyContent();
  const app = assemble({
    content, stores, logger: silentLogger, clock, posters: new Map<Platform, ChannelPoster>([['slack', poster]]), defaultTimeZone: 'UTC',
    bank: buildQuestionBank(content), cron: { schedule: () => ({ destroy: () => undefined }) },
  });
  const seeding = performance.now();
  const places: Place[] = Array.from({ length: CHANNELS }, (_, i) => ({ platform: 'slack', workspaceId: `T${i % 8}`, channelId: `C${String(i).padStart(6, '0')}` }));
  let ids = 0;
  db.exec('BEGIN');
  for (const place of places) {
    await stores.schedules.saveSchedule({ place, enabled: true, postAtMinutes: 9 * 60, timeZone: 'UTC', revealAfterMinutes: 480, updatedBy: 'bench', updatedAt: now });
    for (let day = 0; day < 7; day++) {
      const postedAt = new Date(Date.UTC(2026, 10, 16 + day, 9));
      const id = `p${++ids}`;
      const topicId = TOPICS[day % TOPICS.length] ?? 'lambda';
      await stores.quiz.createPost({ id, place, kind: 'daily', localDate: postedAt.toISOString().slice(0, 10), questionId: `q_${topicId}_${day}`, topicId, domain: 'technology-and-services', answerIndex: 1, postedAt, closesAt: new Date(postedAt.getTime() + 8 * 3_600_000) });
      for (let m = 0; m < MEMBERS; m++) {
        await stores.quiz.recordAnswer({ postId: id, member: { id: `U${m}`, name: `member${m}` }, optionIndex: (m + day) % 3 === 0 ? 0 : 1, answeredAt: new Date(postedAt.getTime() + (m + 1) * 60_000) }, decideAnswer);
      }
      // Revealed, as last week's questions are by Monday: the tick measured is the recap's alone.
      await stores.quiz.markRevealed(id, new Date(postedAt.getTime() + 8 * 3_600_000), awardsAtReveal);
    }
  }
  db.exec('COMMIT');
  console.log(`seeded ${CHANNELS} channels × 7 questions × ${MEMBERS} members in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

  now = MONDAY_0830;
  const started = performance.now();
  await app.tickAll(MONDAY_0830);
  const fanOutMs = performance.now() - started;
  console.log(`recap fan-out: ${poster.posted} recaps (${poster.charts} with a chart) to ${CHANNELS} channels in ${fanOutMs.toFixed(0)} ms (${(fanOutMs / CHANNELS).toFixed(2)} ms per channel)`);
  const again = performance.now();
  await app.tickAll(new Date(MONDAY_0830.getTime() + 60_000));
  console.log(`second tick the same morning: ${poster.posted - CHANNELS} more recaps, ${(performance.now() - again).toFixed(0)} ms`);
  console.log(`FIGURE ${JSON.stringify({ name: 'weekly recap fan-out, 1,000 channels (fake posters)', value: Math.round(fanOutMs), unit: 'ms', goal: '' })}`);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
