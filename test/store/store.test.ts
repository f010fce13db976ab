import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { NewPost } from '../../src/core/quiz/quiz-store.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openDatabase, schemaVersion, StoreError } from '../../src/store/open-database.js';
import { SqliteQuizStore } from '../../src/store/sqlite-quiz-store.js';
import { SqliteScheduleStore } from '../../src/store/sqlite-schedule-store.js';
import { awardsAtReveal, currentStreaks, decideAnswer } from '../../src/core/quiz/answer-rules.js';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'studybot-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'studybot.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    try { chmodSync(dir, 0o755); } catch { /* already gone */ }
    rmSync(dir, { recursive: true, force: true });
  }
});

const place = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C1' };
const daily = (id: string, localDate: string, extra: Partial<NewPost> = {}): NewPost => ({
  id, place, kind: 'daily', localDate, questionId: `q_${localDate}`, topicId: 'fargate', domain: 'technology-and-services',
  answerIndex: 1, postedAt: new Date(`${localDate}T09:00:00Z`), closesAt: new Date(`${localDate}T17:00:00Z`), ...extra,
});
const at = (iso: string) => new Date(iso);

describe('opening the database', () => {
  it('creates the folder, migrates an empty file to the latest schema and uses WAL', async () => {
    const path = tempDb();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('migrates a version-1 database forward and keeps its answers (scores are rebuilt from them)', async () => {
    const path = tempDb();
    // Build a version-1 database by hand, as an older studybot would have left it.
    mkdirSync(join(path, '..'), { recursive: true });
    const old = new Database(path);
    old.exec(MIGRATIONS[0]?.sql ?? '');
    old.pragma('user_version = 1');
    old.prepare(`INSERT INTO posts (id, platform, workspace_id, channel_id, kind, local_date, question_id, topic_id, domain, answer_index, posted_at, revealed_at)
      VALUES ('p1', 'slack', 'T1', 'C1', 'daily', '2026-11-20', 'q1', 'ecs', 'technology-and-services', 0, '2026-11-20T09:00:00Z', '2026-11-20T17:00:00Z')`).run();
    old.prepare(`INSERT INTO answers VALUES ('p1', 'U1', 'ann', 'slack', 'T1', 'C1', 'daily', 0, 1, 'ecs', 'technology-and-services', '2026-11-20T10:00:00.000Z', 1, 1)`).run();
    old.close();

    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
    const store = new SqliteQuizStore(db);
    expect(await store.answersFor('p1')).toHaveLength(1);
    const board = await store.leaderboard({ platform: 'slack', workspaceId: 'T1' }, 'all', at('2026-11-21T00:00:00Z'), 10);
    expect(board.top[0]).toMatchObject({ memberId: 'U1', points: 10, correct: 1, answered: 1, rank: 1 });
    const week = await store.leaderboard({ platform: 'slack', workspaceId: 'T1' }, 'week', at('2026-11-21T00:00:00Z'), 10);
    expect(week.top[0]?.points).toBe(10);
    db.close();
  });

  it('refuses a database from a newer studybot', async () => {
    const path = tempDb();
    openDatabase(path).close();
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => openDatabase(path)).toThrow(/newer studybot/);
  });

  it('a read-only database fails at start with one clear message', async () => {
    const path = tempDb();
    openDatabase(path).close();
    // SQLite opens a file it may not write read-only; root ignores chmod, so ask for that directly.
    expect(() => openDatabase(path, { readonly: true })).toThrow(StoreError);
    expect(() => openDatabase(path, { readonly: true })).toThrow(/is read-only/);
    if (process.getuid?.() !== 0) {
      chmodSync(path, 0o444);
      expect(() => openDatabase(path)).toThrow(/read-only|cannot be opened/);
    }
  });

  it('a file that is not a database fails with a clear message', async () => {
    const path = tempDb();
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, 'this is not sqlite, just some text that is long enough to be a header'.repeat(20));
    expect(() => openDatabase(path)).toThrow(/not a SQLite database/);
  });

  it('a database locked by another writer fails with a clear message', async () => {
    const path = tempDb();
    openDatabase(path).close();
    const holder = new Database(path);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => openDatabase(path, { busyTimeoutMs: 50 })).toThrow(/locked by another process/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});

describe('answers', () => {
  const fresh = () => new SqliteQuizStore(openDatabase(':memory:'));

  it('the first answer counts; a second one is reported and changes nothing', async () => {
    const store = fresh();
    await store.createPost(daily('p1', '2026-11-23'));
    const first = await store.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer);
    const again = await store.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 0, answeredAt: at('2026-11-23T10:00:01Z') }, decideAnswer);
    expect(first.status).toBe('recorded');
    expect(again).toMatchObject({ status: 'duplicate', existing: { optionIndex: 1, correct: true } });
    expect(await store.answersFor('p1')).toHaveLength(1);
    // Points come at the reveal, so the board never hints at the answer while the question is open.
    const scope = { platform: 'slack', workspaceId: 'T1' };
    expect(await store.standingOf(scope, 'all', at('2026-11-23T12:00:00Z'), 'U1')).toBeUndefined();
    expect(await store.markRevealed('p1', at('2026-11-23T17:00:00Z'), awardsAtReveal)).toBe(true);
    expect(await store.markRevealed('p1', at('2026-11-23T17:00:01Z'), awardsAtReveal)).toBe(false);
    expect((await store.standingOf(scope, 'all', at('2026-11-23T18:00:00Z'), 'U1'))?.points).toBe(10);
  });

  it('the schema itself refuses a second answer, even past the store', async () => {
    const db = openDatabase(':memory:');
    const store = new SqliteQuizStore(db);
    await store.createPost(daily('p1', '2026-11-23'));
    await store.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer);
    expect(() => db.prepare(`INSERT INTO answers VALUES ('p1', 'U1', 'ann', 'slack', 'T1', 'C1', 'daily', 0, 0, 'x', 'y', 'z', 1, 0)`).run()).toThrow(/UNIQUE|PRIMARY KEY/);
  });

  it('one daily post per channel per date, even when created twice', async () => {
    const store = fresh();
    const a = await store.createPost(daily('p1', '2026-11-23'));
    const b = await store.createPost(daily('p2', '2026-11-23'));
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.post.id).toBe('p1');
    expect(await store.getPost('p2')).toBeUndefined();
  });

  it('a revealed or expired question takes no answers', async () => {
    const store = fresh();
    await store.createPost(daily('p1', '2026-11-23'));
    expect((await store.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 1, answeredAt: at('2026-11-23T17:00:00Z') }, decideAnswer)).status).toBe('closed');
    await store.createPost(daily('p2', '2026-11-24'));
    expect(await store.markRevealed('p2', at('2026-11-24T12:00:00Z'), awardsAtReveal)).toBe(true);
    expect(await store.markRevealed('p2', at('2026-11-24T12:00:01Z'), awardsAtReveal)).toBe(false);
    expect((await store.recordAnswer({ postId: 'p2', member: { id: 'U1', name: 'ann' }, optionIndex: 1, answeredAt: at('2026-11-24T12:30:00Z') }, decideAnswer)).status).toBe('closed');
    expect(await store.answersFor('p2')).toHaveLength(0);
  });

  it('practice answers never touch the leaderboard and belong to their owner', async () => {
    const store = fresh();
    await store.createPost({ ...daily('p1', '2026-11-23'), kind: 'practice', localDate: undefined, ownerId: 'U1', closesAt: undefined });
    expect((await store.recordAnswer({ postId: 'p1', member: { id: 'U2', name: 'bob' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer)).status).toBe('not-yours');
    expect((await store.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer)).status).toBe('recorded');
    expect((await store.leaderboard({ platform: 'slack', workspaceId: 'T1' }, 'all', at('2026-11-23T12:00:00Z'), 10)).top).toHaveLength(0);
    expect((await store.memberStats(place, 'U1', 'practice')).byTopic).toEqual([{ key: 'fargate', answered: 1, correct: 1 }]);
  });

  it('two workspaces never share a leaderboard', async () => {
    const store = fresh();
    await store.createPost(daily('p1', '2026-11-23'));
    await store.createPost(daily('p2', '2026-11-23', { place: { platform: 'slack', workspaceId: 'T2', channelId: 'C1' } }));
    await store.createPost(daily('p3', '2026-11-23', { place: { platform: 'discord', workspaceId: 'T1', channelId: 'C1' } }));
    await store.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer);
    await store.recordAnswer({ postId: 'p2', member: { id: 'U2', name: 'bob' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer);
    await store.recordAnswer({ postId: 'p3', member: { id: 'U3', name: 'cy' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer);
    for (const id of ['p1', 'p2', 'p3']) await store.markRevealed(id, at('2026-11-23T17:00:00Z'), awardsAtReveal);
    const names = async (ws: string, platform = 'slack') => (await store.leaderboard({ platform, workspaceId: ws }, 'all', at('2026-11-24T00:00:00Z'), 10)).top.map((s) => s.memberName);
    expect(await names('T1')).toEqual(['ann']);
    expect(await names('T2')).toEqual(['bob']);
    expect(await names('T1', 'discord')).toEqual(['cy']);
  });
});

describe('streaks and ties', () => {
  async function week(answersByDay: Record<string, [string, number][]>) {
    const store = new SqliteQuizStore(openDatabase(':memory:'));
    for (const [day, answers] of Object.entries(answersByDay)) {
      await store.createPost(daily(`p-${day}`, day));
      for (const [member, option] of answers) {
        await store.recordAnswer({ postId: `p-${day}`, member: { id: member, name: member }, optionIndex: option, answeredAt: at(`${day}T10:00:00Z`) }, decideAnswer);
      }
      await store.markRevealed(`p-${day}`, at(`${day}T17:00:00Z`), awardsAtReveal);
    }
    return store;
  }

  it('counts consecutive daily questions answered and consecutive correct answers, current and best', async () => {
    const store = await week({
      '2026-11-16': [['ann', 1]],
      '2026-11-17': [['ann', 1]],
      '2026-11-18': [['ann', 0]],
      '2026-11-19': [['ann', 1]],
      '2026-11-20': [],
      '2026-11-21': [['ann', 1]],
      '2026-11-22': [['ann', 1]],
    });
    expect(currentStreaks((await store.memberStats(place, 'ann', 'daily')).streaks)).toEqual({ answerCurrent: 2, answerBest: 4, correctCurrent: 2, correctBest: 2 });
  });

  it('a missed day breaks the current streak; an open question keeps yesterday\'s streak alive', async () => {
    const store = await week({ '2026-11-21': [['ann', 1]], '2026-11-22': [['ann', 1]], '2026-11-23': [] });
    expect(currentStreaks((await store.memberStats(place, 'ann', 'daily')).streaks).answerCurrent).toBe(0);
    await store.createPost(daily('p-open', '2026-11-24'));
    // Still 0: the 23rd was missed. A new open question does not revive it.
    expect(currentStreaks((await store.memberStats(place, 'ann', 'daily')).streaks).answerCurrent).toBe(0);

    const alive = await week({ '2026-11-21': [['bob', 1]], '2026-11-22': [['bob', 1]] });
    await alive.createPost(daily('p-open', '2026-11-23'));
    expect(currentStreaks((await alive.memberStats(place, 'bob', 'daily')).streaks).answerCurrent).toBe(2);
  });

  it('equal points share a rank and the next rank skips', async () => {
    const store = await week({ '2026-11-23': [['ann', 1], ['bob', 1], ['cy', 0], ['dee', 1]] });
    const board = await store.leaderboard({ platform: 'slack', workspaceId: 'T1' }, 'all', at('2026-11-24T00:00:00Z'), 10);
    expect(board.top.map((s) => [s.memberName, s.rank])).toEqual([['ann', 1], ['bob', 1], ['dee', 1], ['cy', 4]]);
  });
});

describe('restart', () => {
  it('keeps posts, answers, scores and practice cards', async () => {
    const path = tempDb();
    const first = openDatabase(path);
    const store = new SqliteQuizStore(first);
    await store.createPost(daily('p1', '2026-11-23'));
    await store.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer);
    await store.savePracticeCard({ platform: 'slack', workspaceId: 'T1' }, 'U1', 'ecs', '{"due":"2026-11-24T00:00:00.000Z"}');
    await store.markRevealed('p1', at('2026-11-23T17:00:00Z'), awardsAtReveal);
    first.close();

    const again = new SqliteQuizStore(openDatabase(path));
    expect(await again.answersFor('p1')).toHaveLength(1);
    expect((await again.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 0, answeredAt: at('2026-11-23T11:00:00Z') }, decideAnswer)).status).toBe('duplicate');
    expect((await again.standingOf({ platform: 'slack', workspaceId: 'T1' }, 'all', at('2026-11-24T00:00:00Z'), 'U1'))?.points).toBe(10);
    expect(await again.practiceCard({ platform: 'slack', workspaceId: 'T1' }, 'U1', 'ecs')).toContain('2026-11-24');
  });
});

describe('ranks', () => {
  it('match a plain count of members with more points, whatever the history (property)', async () => {
    const fc = (await import('fast-check')).default;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 3 })), { maxLength: 8 }), { minLength: 1, maxLength: 6 }), async (days) => {
        const store = new SqliteQuizStore(openDatabase(':memory:'));
        for (const [d, answers] of days.entries()) {
          const day = `2026-11-${String(10 + d).padStart(2, '0')}`;
          await store.createPost(daily(`p${d}`, day));
          for (const [member, option] of answers) {
            await store.recordAnswer({ postId: `p${d}`, member: { id: `U${member}`, name: `m${member}` }, optionIndex: option, answeredAt: at(`${day}T10:00:00Z`) }, decideAnswer);
          }
          await store.markRevealed(`p${d}`, at(`${day}T17:00:00Z`), awardsAtReveal);
        }
        const board = await store.leaderboard({ platform: 'slack', workspaceId: 'T1' }, 'all', at('2026-11-30T00:00:00Z'), 100);
        for (const s of board.top) {
          expect(s.rank).toBe(1 + board.top.filter((o) => o.points > s.points).length);
        }
        expect(board.members).toBe(board.top.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('delivery claims', () => {
  const at = (iso: string) => new Date(iso);
  it('one holder at a time; a lease that runs out can be taken over, and the old holder is fenced off', async () => {
    const schedules = new SqliteScheduleStore(openDatabase(':memory:'));
    const first = await schedules.claimDelivery('reveal:p1', at('2026-11-23T10:00:00Z'), 120_000);
    expect(first).toEqual({ key: 'reveal:p1', token: 1 });
    expect(await schedules.claimDelivery('reveal:p1', at('2026-11-23T10:01:00Z'), 120_000)).toBeUndefined();
    // The first holder stalls past its lease; another worker takes the key over.
    const second = await schedules.claimDelivery('reveal:p1', at('2026-11-23T10:02:00Z'), 120_000);
    expect(second).toEqual({ key: 'reveal:p1', token: 2 });
    if (!first || !second) throw new Error('claims expected');
    expect(await schedules.markSending(first, at('2026-11-23T10:02:01Z'))).toBe(false);
    expect(await schedules.completeDelivery(first, at('2026-11-23T10:02:02Z'), 'sent')).toBe(false);
    expect(await schedules.isDelivered('reveal:p1')).toBe(false);
    expect(await schedules.markSending(second, at('2026-11-23T10:02:03Z'))).toBe(true);
    expect(await schedules.completeDelivery(second, at('2026-11-23T10:02:04Z'), 'sent')).toBe(true);
    expect(await schedules.isDelivered('reveal:p1')).toBe(true);
    expect(await schedules.claimDelivery('reveal:p1', at('2026-11-23T11:00:00Z'), 120_000)).toBeUndefined();
  });

  it('a failed attempt is counted and the key can be claimed again at once', async () => {
    const schedules = new SqliteScheduleStore(openDatabase(':memory:'));
    const claim = await schedules.claimDelivery('post:p1', at('2026-11-23T10:00:00Z'), 120_000);
    if (!claim) throw new Error('claim expected');
    await schedules.markSending(claim, at('2026-11-23T10:00:01Z'));
    await schedules.failDelivery(claim);
    expect(await schedules.deliveryState('post:p1')).toEqual({ attempts: 1 });
    expect(await schedules.claimDelivery('post:p1', at('2026-11-23T10:00:02Z'), 120_000)).toEqual({ key: 'post:p1', token: 2 });
  });
});
