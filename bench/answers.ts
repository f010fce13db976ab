/**
 * 20,000 answers from 5,000 members to one question, each recorded through the store as the bot
 * records a click (its own transaction), against raw better-sqlite3 inserts of the same rows in the
 * same run. Run: npm run bench:answers
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/store/open-database.js';
import { SqliteQuizStore } from '../src/store/sqlite-quiz-store.js';
import { report } from './stats.js';
import { awardsAtReveal, decideAnswer } from '../src/core/quiz/answer-rules.js';

const MEMBERS = 5_000;
const ANSWERS = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'studybot-bench-answers-'));

// The same deliveries for both: each member clicks four times (a double click and retries).
const deliveries = Array.from({ length: ANSWERS }, (_, i) => ({ member: `U${i % MEMBERS}`, option: (i * 7) % 4 }));
const place = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C1' };
const when = new Date('2026-11-23T10:00:00Z');

try {
  const db = openDatabase(join(dir, 'store.db'));
  const store = new SqliteQuizStore(db);
  await store.createPost({ id: 'p1', place, kind: 'daily', localDate: '2026-11-23', questionId: 'q1', topicId: 'fargate', domain: 'technology-and-services', answerIndex: 1, postedAt: when, closesAt: new Date('2026-11-23T17:00:00Z') });
  let recorded = 0;
  let duplicates = 0;
  const t0 = performance.now();
  for (const d of deliveries) {
    const outcome = await store.recordAnswer({ postId: 'p1', member: { id: d.member, name: d.member }, optionIndex: d.option, answeredAt: when }, decideAnswer);
    if (outcome.status === 'recorded') recorded++;
    else if (outcome.status === 'duplicate') duplicates++;
  }
  const storeMs = performance.now() - t0;
  // Points are awarded once, at the reveal.
  await store.markRevealed('p1', new Date('2026-11-23T17:00:00Z'), awardsAtReveal);
  const stored = await store.answersFor('p1');
  const distinct = new Set(stored.map((a) => a.memberId)).size;
  const points = (await store.leaderboard({ platform: 'slack', workspaceId: 'T1' }, 'all', when, 10)).members;
  db.close();

  // Raw: the same rows into the same table (a fresh database of the same schema, with its keys, index and
  // reference to the post), one autocommitted INSERT OR IGNORE each: what the store adds on top (the
  // facts it reads, the rules, the transaction) is all the ratio measures.
  const raw = openDatabase(join(dir, 'raw.db'));
  raw.prepare(`INSERT INTO posts (id, platform, workspace_id, channel_id, kind, local_date, question_id, topic_id, domain, answer_index, posted_at)
    VALUES ('p1', 'slack', 'T1', 'C1', 'daily', '2026-11-23', 'q1', 'fargate', 'technology-and-services', 1, ?)`).run(when.toISOString());
  const insert = raw.prepare(`INSERT OR IGNORE INTO answers (post_id, member_id, member_name, platform, workspace_id, channel_id, kind, option_index, correct,
    topic_id, domain, answered_at, answer_streak, correct_streak) VALUES (?, ?, ?, 'slack', 'T1', 'C1', 'daily', ?, ?, 'fargate', 'technology-and-services', ?, 1, ?)`);
  const t1 = performance.now();
  for (const d of deliveries) insert.run('p1', d.member, d.member, d.option, d.option === 1 ? 1 : 0, when.toISOString(), d.option === 1 ? 1 : 0);
  const rawMs = performance.now() - t1;
  raw.close();

  const storeRate = ANSWERS / (storeMs / 1000);
  const rawRate = ANSWERS / (rawMs / 1000);
  console.log(`store: ${ANSWERS} deliveries in ${storeMs.toFixed(0)} ms = ${storeRate.toFixed(0)} answers/s (${recorded} recorded, ${duplicates} refused as duplicates)`);
  console.log(`raw better-sqlite3: ${rawMs.toFixed(0)} ms = ${rawRate.toFixed(0)} inserts/s`);
  console.log(`lost: ${MEMBERS - distinct}, counted twice: ${stored.length - distinct}, members on the board: ${points}`);
  report('answers: store answers/s', storeRate, '/s');
  report('answers: ratio store/raw', storeRate / rawRate, 'x', { op: '>=', value: 0.5 });
  report('answers: lost', MEMBERS - distinct, 'answers', { op: '<=', value: 0 });
  report('answers: counted twice', stored.length - distinct + (recorded - distinct), 'answers', { op: '<=', value: 0 });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
