/**
 * 100,000 members and 2,000,000 daily answers in one workspace; prints p50/p99 of `/aws top` and
 * `/aws me` as the core runs them (goal <= 10 ms). BENCH_SCALE=0.1 runs a tenth of the size.
 * Run: npm run bench:leaderboard
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { studyContent } from '../content/index.js';
import { assemble } from '../src/compose.js';
import { silentLogger } from '../src/core/ports.js';
import type { Actor, Place } from '../src/core/request.js';
import { openDatabase } from '../src/store/open-database.js';
import { fmt, report, summarize } from './stats.js';
import { awardsAtReveal, decideAnswer } from '../src/core/quiz/answer-rules.js';
import { sqliteStores } from '../src/store/open-stores.js';

const scale = Number(process.env.BENCH_SCALE ?? '1');
const MEMBERS = Math.round(100_000 * scale);
const ANSWERS = Math.round(2_000_000 * scale);
const CHANNELS = 4;
const PER_POST = 5_000;
const POSTS = Math.ceil(ANSWERS / PER_POST);

const dir = mkdtempSync(join(tmpdir(), 'studybot-bench-board-'));
const now = new Date('2026-11-23T12:00:00Z');
let clockNow = new Date('2025-06-01T09:00:00Z');
try {
  const db = openDatabase(join(dir, 'board.db'));
  let ids = 0;
  const app = assemble({
    content: studyContent(), stores: sqliteStores(db), logger: silentLogger, clock: { now: () => clockNow }, posters: new Map(),
    defaultTimeZone: 'UTC', newId: () => `p${++ids}`,
  });
  const questions = app.bank.all;
  const started = performance.now();
  // A deterministic spread: post k is answered by PER_POST members starting at a rotating offset.
  for (let k = 0; k < POSTS; k++) {
    const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: `C${k % CHANNELS}` };
    const day = new Date(Date.UTC(2025, 5, 1) + Math.floor(k / CHANNELS) * 86_400_000);
    clockNow = new Date(day.getTime() + 9 * 3_600_000);
    const question = questions[k % questions.length];
    if (!question) throw new Error('empty bank');
    const { post } = await app.quiz.postChannelQuestion(place, { localDate: day.toISOString().slice(0, 10), question, closesAt: new Date(day.getTime() + 17 * 3_600_000) });
    const offset = (k * 7_919) % MEMBERS;
    const answerAt = new Date(day.getTime() + 10 * 3_600_000);
    // One transaction per post for the bulk load; the store's own units of work nest inside it.
    db.exec('BEGIN');
    {
      for (let i = 0; i < PER_POST && k * PER_POST + i < ANSWERS; i++) {
        const m = (offset + i) % MEMBERS;
        await app.quizStore.recordAnswer({ postId: post.id, member: { id: `U${m}`, name: `member${m}` }, optionIndex: (m + k) % 4, answeredAt: answerAt }, decideAnswer);
      }
    }
    db.exec('COMMIT');
    await app.quizStore.markRevealed(post.id, new Date(day.getTime() + 17 * 3_600_000), awardsAtReveal);
  }
  console.log(`seeded ${MEMBERS} members, ${ANSWERS} answers over ${POSTS} daily questions in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  clockNow = now;
  const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C0' };
  const actorOf = (i: number): Actor => ({ id: `U${(i * 104_729) % MEMBERS}`, name: 'm', isAdmin: false });
  const top: number[] = [];
  const me: number[] = [];
  for (let i = 0; i < 1_000; i++) {
    const period = (['all', 'week', 'month'] as const)[i % 3] ?? 'all';
    let t = performance.now();
    await app.quiz.leaderboard(actorOf(i), place, period);
    top.push(performance.now() - t);
    t = performance.now();
    await app.study.me(actorOf(i), place);
    me.push(performance.now() - t);
  }
  const topStats = summarize(top);
  const meStats = summarize(me);
  console.log(`/aws top: p50 ${fmt(topStats.p50)}, p99 ${fmt(topStats.p99)}`);
  console.log(`/aws me:  p50 ${fmt(meStats.p50)}, p99 ${fmt(meStats.p99)}`);
  report('leaderboard: /aws top p99', topStats.p99, 'ms', { op: '<=', value: 10 });
  report('leaderboard: /aws me p99', meStats.p99, 'ms', { op: '<=', value: 10 });
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
