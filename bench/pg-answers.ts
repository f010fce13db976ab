/**
 * Answers through the PostgreSQL store (each one its own unit of work, with the rules from the core)
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

  const storeMs = await run((d) => store.recordAnswer({ postId: 'p1', member: { id: d.member, name: d.member }, optionIndex: d.option, answeredAt: when }, decideAnswer));
  await store.markRevealed('p1', new Date('2026-11-23T17:00:00Z'), awardsAtReveal);
  const stored = await store.answersFor('p1');

  await db.pool.query(`CREATE TABLE raw_answers (post_id TEXT NOT NULL, member_id TEXT NOT NULL, member_name TEXT NOT NULL, option_index INTEGER NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (post_id, member_id))`);
  const rawMs = await run((d) => db.pool.query('INSERT INTO raw_answers VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING', ['p1', d.member, d.member, d.option, when]));

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
