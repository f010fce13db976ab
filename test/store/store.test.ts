import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { NewPost } from '../../src/core/quiz/quiz-store.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openDatabase, schemaVersion, StoreError } from '../../src/store/open-database.js';
import { SqliteQuizStore } from '../../src/store/sqlite-quiz-store.js';
import { awardsAtReveal, decideAnswer } from '../../src/core/quiz/answer-rules.js';

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

describe('the SQLite schema', () => {
  it('refuses a second answer, even past the store', async () => {
    const db = openDatabase(':memory:');
    const store = new SqliteQuizStore(db);
    await store.createPost(daily('p1', '2026-11-23'));
    await store.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer);
    expect(() => db.prepare(`INSERT INTO answers VALUES ('p1', 'U1', 'ann', 'slack', 'T1', 'C1', 'daily', 0, 0, 'x', 'y', 'z', 1, 0)`).run()).toThrow(/UNIQUE|PRIMARY KEY/);
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

describe('an answer and a reveal from two processes on one file', () => {
  it('the reveal cannot land between reading an answer\'s facts and storing it: an answer is either counted by the reveal or refused', async () => {
    const path = tempDb();
    const answering = new SqliteQuizStore(openDatabase(path));
    // The other process gives up at once instead of waiting for the lock, so the test needs no timing.
    const revealing = new SqliteQuizStore(openDatabase(path, { busyTimeoutMs: 0 }));
    await answering.createPost(daily('p-two', '2026-11-20'));
    let revealedMidway: Promise<boolean> | undefined;
    const outcome = await answering.recordAnswer(
      { postId: 'p-two', member: { id: 'ann', name: 'ann' }, optionIndex: 1, answeredAt: new Date('2026-11-20T10:00:00Z') },
      (input, context) => {
        // The other process reveals the question while this answer is being decided.
        revealedMidway = revealing.markRevealed('p-two', new Date('2026-11-20T10:00:01Z'), awardsAtReveal).catch(() => false);
        return decideAnswer(input, context);
      },
    );
    const revealed = await revealedMidway;
    expect(revealed && outcome.status === 'recorded', 'an answer stored after the reveal that never counted it').toBe(false);
    // Whatever happened in the middle, a reveal now counts the answer exactly once.
    await revealing.markRevealed('p-two', new Date('2026-11-20T17:00:00Z'), awardsAtReveal);
    const board = await answering.leaderboard({ platform: 'slack', workspaceId: 'T1' }, 'all', new Date('2026-11-20T18:00:00Z'), 10);
    expect(board.top.map((s) => [s.memberId, s.points])).toEqual(outcome.status === 'recorded' ? [['ann', 10]] : []);
  });
});
