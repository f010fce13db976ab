/**
 * Answers through the PostgreSQL store (each one decided by the core's rules on facts read for it)
 * against raw inserts of the same rows with the same driver and pool, in the same run, on a throwaway
 * local PostgreSQL 15 cluster. Ten answers are in flight at a time, as from ten busy front-end workers.
 * Run: npm run bench:pg-answers
 */
import { performance } from 'node:perf_hooks';
import { awardsAtReveal, decideAnswer } from '../src/core/quiz/answer-rules.js';
import { openPostgres } from '../src/store/postgres/open-postgres.js';
import { PostgresQuizStore } from '../src/store/postgres/pg-quiz-store.js';
import { postgresAvailable, startPostgres } from '../test/helpers/postgres.js';
import { report } from './stats.js';

const MEMBERS = 4_000;
const DELIVERIES = 8_000;
const IN_FLIGHT = 10;

if (!postgresAvailable()) {
  console.log('PostgreSQL 15 is not installed here; skipping the PostgreSQL answers benchmark.');
  process.exit(0);
}
const server = await startPostgres();
const db = await openPostgres(server.url);
try {
  // A month of earlier daily questions in 200 channels with 20 answers each, analysed as autovacuum
  // would have: a running bot's tables, so plans are made for tables of a realistic size rather than
  // for empty ones (a plan made for an empty table scans it whole).
  await db.pool.query(`INSERT INTO posts (id, platform, workspace_id, channel_id, kind, local_date, question_id, topic_id, domain, answer_index, posted_at, revealed_at)
    SELECT 'h' || c || '-' || d, 'slack', 'T1', 'H' || c, 'daily', to_char(date '2026-10-23' + d, 'YYYY-MM-DD'), 'q1', 'fargate', 'technology-and-services', 1, now(), now()
    FROM generate_series(1, 200) c, generate_series(0, 29) d`);
  await db.pool.query(`INSERT INTO answers (post_id, member_id, member_name, platform, workspace_id, channel_id, kind, option_index, correct, topic_id, domain, answered_at, answer_streak, correct_streak)
    SELECT p.id, 'U' || m, 'U' || m, 'slack', 'T1', p.channel_id, 'daily', 1, true, 'fargate', 'technology-and-services', now(), 1, 1
    FROM posts p, generate_series(1, 20) m`);
  await db.pool.query('ANALYZE');
  const store = new PostgresQuizStore(db.pool);
  const place = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C1' };
  const when = new Date('2026-11-23T10:00:00Z');
  await store.createPost({ id: 'p1', place, kind: 'daily', localDate: '2026-11-23', questionId: 'q1', topicId: 'fargate', domain: 'technology-and-services', answerIndex: 1, postedAt: when, closesAt: new Date('2026-11-23T17:00:00Z') });
  const deliveries = Array.from({ length: DELIVERIES }, (_, i) => ({ member: `U${i % MEMBERS}`, option: (i * 7) % 4 }));

  const run = async (work: (d: { member: string; option: number }) => Promise<unknown>) => {
    let next = 0;
    const t = performance.now();
    await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
      while (next < deliveries.length) {
        const d = deliveries[next++];
        if (d) await work(d);
      }
    }));
    return performance.now() - t;
  };

  const cpu0 = process.cpuUsage();
  const storeMs = await run((d) => store.recordAnswer({ postId: 'p1', member: { id: d.member, name: d.member }, optionIndex: d.option, answeredAt: when }, decideAnswer));
  const cpu = process.cpuUsage(cpu0);
  console.log(`node cpu per answer: ${((cpu.user + cpu.system) / DELIVERIES).toFixed(0)} us`);
  await store.markRevealed('p1', new Date('2026-11-23T17:00:00Z'), awardsAtReveal);
  const stored = await store.answersFor('p1');

  // The same rows into a table with the same columns, keys, indexes and reference to posts: what the
  // store adds on top (the facts read, the rules, the reveal guard) is all the ratio measures.
  await db.pool.query('CREATE TABLE raw_answers (LIKE answers INCLUDING ALL, FOREIGN KEY (post_id) REFERENCES posts (id))');
  const rawMs = await run((d) => db.pool.query(`INSERT INTO raw_answers (post_id, member_id, member_name, platform, workspace_id, channel_id, kind, option_index, correct, topic_id, domain, answered_at, answer_streak, correct_streak)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT DO NOTHING`,
  ['p1', d.member, d.member, 'slack', 'T1', 'C1', 'daily', d.option, d.option === 1, 'fargate', 'technology-and-services', when, 1, d.option === 1 ? 1 : 0]));

  const storeRate = DELIVERIES / (storeMs / 1000);
  const rawRate = DELIVERIES / (rawMs / 1000);
  const distinct = new Set(stored.map((a) => a.memberId)).size;
  console.log(`store: ${DELIVERIES} deliveries in ${storeMs.toFixed(0)} ms = ${storeRate.toFixed(0)} answers/s; raw pg inserts: ${rawMs.toFixed(0)} ms = ${rawRate.toFixed(0)}/s`);
  report('pg answers: store answers/s', storeRate, '/s');
  report('pg answers: ratio store/raw', storeRate / rawRate, 'x', { op: '>=', value: 0.5 });
  report('pg answers: lost or counted twice', (MEMBERS - distinct) + (stored.length - distinct), 'answers', { op: '<=', value: 0 });
} finally {
  await db.close();
  await server.stop();
}
