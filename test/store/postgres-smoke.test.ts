import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardsAtReveal, decideAnswer } from '../../src/core/quiz/answer-rules.js';
import type { NewPost } from '../../src/core/quiz/quiz-store.js';
import { PG_LATEST_VERSION, PG_MIGRATIONS, migratePostgres, pgSchemaVersion } from '../../src/store/postgres/migrations.js';
import { openPostgres, type PostgresDatabase } from '../../src/store/postgres/open-postgres.js';
import { PostgresQuizStore } from '../../src/store/postgres/pg-quiz-store.js';
import { PostgresScheduleStore } from '../../src/store/postgres/pg-schedule-store.js';
import { postgresStores, startPostgres, usePostgres, type TestPostgres } from '../helpers/postgres.js';

const place = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C1' };
const scope = { platform: 'slack', workspaceId: 'T1' };
const at = (iso: string) => new Date(iso);
const daily = (id: string, localDate: string, extra: Partial<NewPost> = {}): NewPost => ({
  id, place, kind: 'daily', localDate, questionId: `q_${localDate}`, topicId: 'fargate', domain: 'technology-and-services',
  answerIndex: 1, postedAt: at(`${localDate}T09:00:00Z`), closesAt: at(`${localDate}T17:00:00Z`), ...extra,
});
const answer = (postId: string, memberId: string, optionIndex: number, iso: string, name = memberId) => ({
  postId, member: { id: memberId, name }, optionIndex, answeredAt: at(iso),
});

describe.skipIf(!usePostgres())('PostgreSQL store (smoke, real server)', () => {
  let server: TestPostgres;
  /** Two instances of the bot on one database: two pools, two sets of stores. */
  let one: PostgresDatabase;
  let two: PostgresDatabase;

  beforeAll(async () => {
    const started = Date.now();
    server = await startPostgres();
    console.info(`PostgreSQL test cluster up in ${Date.now() - started} ms`);
    [one, two] = await Promise.all([openPostgres(server.url), openPostgres(server.url)]);
  }, 60_000);

  afterAll(async () => {
    await one?.close();
    await two?.close();
    await server?.stop();
  });

  it('migrates once when two instances start together, and again without harm', async () => {
    expect(await pgSchemaVersion(one.pool)).toBe(PG_LATEST_VERSION);
    const applied = await one.pool.query<{ version: number }>('SELECT version FROM schema_version ORDER BY version');
    expect(applied.rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
    // A third start, and a migration run on each open pool, change nothing.
    const three = await postgresStores(server.url);
    await Promise.all([migratePostgres(one.pool), migratePostgres(two.pool), migratePostgres(three.db.pool)]);
    expect((await three.db.pool.query('SELECT version FROM schema_version')).rowCount).toBe(PG_MIGRATIONS.length);
    expect(await three.quiz.getPost('none')).toBeUndefined();
    await three.close();
  });

  it('refuses an unreachable server with one sentence', async () => {
    await expect(openPostgres(`postgres://postgres@/nowhere?host=${encodeURIComponent(`${server.socketDir}/missing`)}`))
      .rejects.toThrow(/^The PostgreSQL server at .+\.$/);
  });

  it('stores the first answer and reports the second as a duplicate', async () => {
    const quiz = new PostgresQuizStore(one.pool);
    await quiz.createPost(daily('p-first', '2026-11-20'));
    const first = await quiz.recordAnswer(answer('p-first', 'U1', 1, '2026-11-20T10:00:00Z', 'ann'), decideAnswer);
    expect(first).toMatchObject({ status: 'recorded', answer: { memberId: 'U1', correct: true, answerStreak: 1, correctStreak: 1 } });
    const second = await quiz.recordAnswer(answer('p-first', 'U1', 0, '2026-11-20T10:01:00Z', 'ann'), decideAnswer);
    expect(second).toMatchObject({ status: 'duplicate', existing: { optionIndex: 1, correct: true } });
    if (second.status === 'duplicate') expect(second.existing.answeredAt).toEqual(at('2026-11-20T10:00:00Z'));
    expect(await quiz.answersFor('p-first')).toHaveLength(1);
    expect(await quiz.recordAnswer(answer('nope', 'U1', 1, '2026-11-20T10:00:00Z'), decideAnswer)).toEqual({ status: 'unknown-post' });
    expect(await quiz.recordAnswer(answer('p-first', 'U2', 1, '2026-11-20T18:00:00Z'), decideAnswer)).toEqual({ status: 'closed' });
  });

  it('stores one of two answers from one member sent at once to two instances', async () => {
    const a = new PostgresQuizStore(one.pool);
    const b = new PostgresQuizStore(two.pool);
    for (let i = 0; i < 20; i++) {
      const postId = `p-race-${i}`;
      await a.createPost({
        id: postId, place, kind: 'practice', ownerId: 'U1', questionId: 'q1', topicId: 'ecs', domain: 'technology-and-services',
        answerIndex: 1, postedAt: at('2026-11-21T09:00:00Z'),
      });
      const outcomes = await Promise.all([
        a.recordAnswer(answer(postId, 'U1', 1, '2026-11-21T10:00:00Z'), decideAnswer),
        b.recordAnswer(answer(postId, 'U1', 0, '2026-11-21T10:00:00Z'), decideAnswer),
      ]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['duplicate', 'recorded']);
      const stored = await a.answersFor(postId);
      expect(stored).toHaveLength(1);
      const recorded = outcomes.find((o) => o.status === 'recorded');
      const duplicate = outcomes.find((o) => o.status === 'duplicate');
      if (recorded?.status !== 'recorded' || duplicate?.status !== 'duplicate') throw new Error('unreachable');
      expect(duplicate.existing).toEqual(recorded.answer);
    }
  });

  it('posts one daily question per channel and date when two instances race', async () => {
    const a = new PostgresQuizStore(one.pool);
    const b = new PostgresQuizStore(two.pool);
    const [x, y] = await Promise.all([a.createPost(daily('p-day-a', '2026-11-22')), b.createPost(daily('p-day-b', '2026-11-22'))]);
    expect([x.created, y.created].sort()).toEqual([false, true]);
    expect(x.post.id).toBe(y.post.id);
  });

  it('awards points once when two instances reveal at once, with shared ranks', async () => {
    const a = new PostgresQuizStore(one.pool);
    const b = new PostgresQuizStore(two.pool);
    const s2 = { ...place, workspaceId: 'T2' };
    await a.createPost({ ...daily('p-rev', '2026-11-23'), place: s2 });
    await a.recordAnswer(answer('p-rev', 'U1', 1, '2026-11-23T10:00:00Z', 'ann'), decideAnswer);
    await a.recordAnswer(answer('p-rev', 'U2', 1, '2026-11-23T10:01:00Z', 'Bob'), decideAnswer);
    await a.recordAnswer(answer('p-rev', 'U3', 0, '2026-11-23T10:02:00Z', 'cy'), decideAnswer);
    const revealed = await Promise.all([
      a.markRevealed('p-rev', at('2026-11-23T17:00:00Z'), awardsAtReveal),
      b.markRevealed('p-rev', at('2026-11-23T17:00:01Z'), awardsAtReveal),
    ]);
    expect(revealed.sort()).toEqual([false, true]);
    const board = await b.leaderboard({ ...scope, workspaceId: 'T2' }, 'all', at('2026-11-24T00:00:00Z'), 10);
    expect(board.members).toBe(3);
    expect(board.top.map((s) => [s.memberName, s.points, s.rank])).toEqual([['ann', 10, 1], ['Bob', 10, 1], ['cy', 0, 3]]);
    expect(await b.standingOf({ ...scope, workspaceId: 'T2' }, 'week', at('2026-11-24T00:00:00Z'), 'U3'))
      .toMatchObject({ points: 0, answered: 1, correct: 0, rank: 3 });
  });

  it('gives a delivery key to one of two claimers at once', async () => {
    const a = new PostgresScheduleStore(one.pool);
    const b = new PostgresScheduleStore(two.pool);
    const now = at('2026-11-20T09:00:00Z');
    for (let i = 0; i < 20; i++) {
      const key = `post:race-${i}`;
      const claims = await Promise.all([a.claimDelivery(key, now, 60_000), b.claimDelivery(key, now, 60_000)]);
      expect(claims.filter((c) => c !== undefined)).toEqual([{ key, token: 1 }]);
    }
    // And one of two takeovers of an expired lease.
    const later = at('2026-11-20T09:02:00Z');
    const takeovers = await Promise.all([a.claimDelivery('post:race-0', later, 60_000), b.claimDelivery('post:race-0', later, 60_000)]);
    expect(takeovers.filter((c) => c !== undefined)).toEqual([{ key: 'post:race-0', token: 2 }]);
  });

  it('refuses a stale token after a takeover', async () => {
    const a = new PostgresScheduleStore(one.pool);
    const b = new PostgresScheduleStore(two.pool);
    const key = 'reveal:stale';
    const stale = await a.claimDelivery(key, at('2026-11-20T09:00:00Z'), 1_000);
    expect(stale).toEqual({ key, token: 1 });
    expect(await b.claimDelivery(key, at('2026-11-20T09:00:00.500Z'), 1_000)).toBeUndefined();
    const fresh = await b.claimDelivery(key, at('2026-11-20T09:00:02Z'), 60_000);
    expect(fresh).toEqual({ key, token: 2 });
    if (!stale || !fresh) throw new Error('unreachable');

    expect(await a.markSending(stale, at('2026-11-20T09:00:03Z'))).toBe(false);
    await a.failDelivery(stale);
    await a.releaseDelivery(stale);
    expect(await a.completeDelivery(stale, at('2026-11-20T09:00:03Z'), 'sent')).toBe(false);
    expect(await a.isDelivered(key)).toBe(false);
    expect(await a.deliveryState(key)).toEqual({ attempts: 0 });
    // The stale worker's release did not free the key for a third claimer.
    expect(await a.claimDelivery(key, at('2026-11-20T09:00:04Z'), 60_000)).toBeUndefined();

    expect(await b.markSending(fresh, at('2026-11-20T09:00:05Z'))).toBe(true);
    expect(await b.completeDelivery(fresh, at('2026-11-20T09:00:06Z'), 'sent')).toBe(true);
    expect(await a.isDelivered(key)).toBe(true);
    expect(await a.deliveryState(key)).toEqual({ attempts: 0, sendingAt: at('2026-11-20T09:00:05Z'), outcome: 'sent' });
    expect(await a.claimDelivery(key, at('2026-11-21T00:00:00Z'), 60_000)).toBeUndefined();
  });

  it('counts a failed attempt and lets the key be claimed again at once', async () => {
    const store = new PostgresScheduleStore(one.pool);
    const key = 'post:fails';
    const claim = await store.claimDelivery(key, at('2026-11-20T09:00:00Z'), 60_000);
    if (!claim) throw new Error('no claim');
    expect(await store.markSending(claim, at('2026-11-20T09:00:01Z'))).toBe(true);
    await store.failDelivery(claim);
    expect(await store.deliveryState(key)).toEqual({ attempts: 1 });
    expect(await store.claimDelivery(key, at('2026-11-20T09:00:02Z'), 60_000)).toEqual({ key, token: 2 });
  });

  it('the schema itself refuses a second answer, even past the store', async () => {
    const quiz = new PostgresQuizStore(one.pool);
    await quiz.createPost(daily('p-schema', '2026-11-19'));
    await quiz.recordAnswer(answer('p-schema', 'U1', 1, '2026-11-19T10:00:00Z', 'ann'), decideAnswer);
    await expect(one.pool.query(`INSERT INTO answers (post_id, member_id, member_name, platform, workspace_id, channel_id, kind, option_index, correct, topic_id, domain, answered_at, answer_streak, correct_streak)
      VALUES ('p-schema', 'U1', 'ann', 'slack', 'T1', 'C1', 'daily', 0, false, 'x', 'y', now(), 1, 0)`)).rejects.toThrow(/duplicate key|unique/);
  });
});
