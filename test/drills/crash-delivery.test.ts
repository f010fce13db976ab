import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { POINTS_PER_CORRECT } from '../../src/core/quiz/answer-rules.js';
import type { Actor, Place } from '../../src/core/request.js';
import { BotProcess, posts, readChannel } from '../helpers/bot-process-driver.js';

/**
 * kill -9 of a real bot process while it is inside a platform call: the message has been handed over
 * (it is in the channel) and the sending marker is set, but nothing is recorded yet. Then a restart on
 * the same database. The process is the real assembly on the real SQLite store (test/helpers/bot-process.ts);
 * only its clock and its channel (a shared file) belong to the test.
 */

const dir = mkdtempSync(join(tmpdir(), 'studybot-crash-delivery-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const admin: Actor = { id: 'U-admin', name: 'ada', isAdmin: true };
const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const members: Actor[] = Array.from({ length: 30 }, (_, i) => ({ id: `U${String(i).padStart(2, '0')}`, name: `member${i}`, isAdmin: false }));

interface DeliveryRow { key: string; token: number; attempts: number; sending_at: string | null; done_at: string | null; outcome: string | null }

function read<T>(path: string, sql: string): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

const delivery = (path: string, kind: 'post' | 'reveal') => {
  const rows = read<DeliveryRow>(path, `SELECT key, token, attempts, sending_at, done_at, outcome FROM deliveries WHERE key LIKE '${kind}:%'`);
  expect(rows, `${kind} deliveries`).toHaveLength(1);
  return rows[0] as DeliveryRow;
};
const dailyPost = (path: string) => read<{ id: string; message_ref: string | null; revealed_at: string | null }>(path, "SELECT id, message_ref, revealed_at FROM posts WHERE kind = 'daily'");
const answers = (path: string) => read<{ member_id: string; correct: number }>(path, "SELECT member_id, correct FROM answers WHERE kind = 'daily' ORDER BY member_id");
const scores = (path: string) => read<{ member_id: string; points: number; answered: number }>(path, "SELECT member_id, points, answered FROM scores WHERE period = 'all' ORDER BY member_id");
/** Each stored answer awarded once: its points if right, and one answered. */
const awarded = (rows: readonly { member_id: string; correct: number }[]) => rows.map((a) => ({ member_id: a.member_id, points: a.correct ? POINTS_PER_CORRECT : 0, answered: 1 }));

/** Members answer the question they see in the channel; returns what each was told. */
async function answerAll(bot: BotProcess, channelFile: string, at: string, who: readonly Actor[]): Promise<string[]> {
  const choices = posts(readChannel(channelFile), 'question', place.channelId)[0]?.choices ?? [];
  expect(choices.length).toBeGreaterThanOrEqual(4);
  return Promise.all(who.map((m, i) => bot.click(at, m, place, choices[i % 4] ?? '')));
}

describe('crash drill: kill -9 while the daily question or its reveal is being sent', () => {
  it('killed inside the question send: after a restart the question is never posted twice, and answers and points carry on', async () => {
    const files = { db: join(dir, 'post.db'), channel: join(dir, 'post.channel') };
    const first = await BotProcess.start('first', files);
    let second: BotProcess | undefined;
    try {
      await first.say('2026-11-23T08:50:00Z', admin, place, 'daily on 09:00 UTC 8h');
      await first.hold('question');
      const tick = first.tick('2026-11-23T09:00:00Z').then(() => 'finished', () => 'killed');
      await first.inSend();
      // The question is in the channel and members click it while the platform call has not returned.
      const early = await answerAll(first, files.channel, '2026-11-23T09:00:20Z', members.slice(0, 10));
      expect(early.every((t) => /^Got it/.test(t)), early.join('\n')).toBe(true);
      // Inside the send: marked as sending, nothing recorded yet.
      expect(delivery(files.db, 'post')).toMatchObject({ token: 1, done_at: null, outcome: null });
      expect(delivery(files.db, 'post').sending_at).not.toBeNull();
      expect(dailyPost(files.db)).toMatchObject([{ message_ref: null, revealed_at: null }]);
      await first.kill();
      expect(await tick).toBe('killed');

      second = await BotProcess.start('second', files);
      // Within the dead sender's lease the restart leaves the delivery alone: a dead sender and a slow one look the same.
      await second.tick('2026-11-23T09:01:00Z');
      expect(delivery(files.db, 'post')).toMatchObject({ token: 1, done_at: null, outcome: null });
      // After the lease it is taken over, found cut off mid-send, and not sent again.
      for (const at of ['2026-11-23T09:03:00Z', '2026-11-23T09:04:00Z', '2026-11-23T12:00:00Z']) await second.tick(at);
      expect(delivery(files.db, 'post')).toMatchObject({ outcome: 'uncertain' });
      expect(await second.say('2026-11-23T12:00:00Z', admin, place, 'daily now')).toMatch(/already out/);
      expect(await second.say('2026-11-23T12:00:00Z', admin, place, 'daily status')).toMatch(/question of 2026-11-23 was cut off/);
      expect(posts(readChannel(files.channel), 'question')).toHaveLength(1);

      // The buttons of the question in the channel still work; the early answers are kept, once each.
      const late = await answerAll(second, files.channel, '2026-11-23T12:30:00Z', members);
      expect(late.filter((t) => /already answered/.test(t))).toHaveLength(10);
      expect(late.filter((t) => /^Got it/.test(t))).toHaveLength(members.length - 10);
      expect(answers(files.db).map((a) => a.member_id)).toEqual(members.map((m) => m.id));

      // Reveal time, and more ticks: the points are awarded once, and nothing is posted twice.
      for (const at of ['2026-11-23T17:00:00Z', '2026-11-23T17:01:00Z', '2026-11-23T17:05:00Z', '2026-11-23T18:00:00Z']) await second.tick(at);
      expect(dailyPost(files.db)[0]?.revealed_at).not.toBeNull();
      expect(scores(files.db)).toEqual(awarded(answers(files.db)));
      const shown = readChannel(files.channel);
      expect(posts(shown, 'question')).toHaveLength(1);
      // Never twice. (Today it is not posted at all: a question whose send was cut off has no message
      // ref, so its reveal is "skipped" even though members answered it.)
      expect(posts(shown, 'reveal').length).toBeLessThanOrEqual(1);

      // And the bot carries on: the next day's question goes out once.
      await second.tick('2026-11-24T09:00:00Z');
      await second.tick('2026-11-24T09:01:00Z');
      expect(posts(readChannel(files.channel), 'question').map((q) => q.title)).toEqual(['Question of the day · 2026-11-23', 'Question of the day · 2026-11-24']);
    } finally {
      await first.kill().catch(() => undefined);
      await second?.stop();
    }
  });

  it('killed inside the reveal send: after a restart the reveal is never posted twice, and every answer and its points count once', async () => {
    const files = { db: join(dir, 'reveal.db'), channel: join(dir, 'reveal.channel') };
    const first = await BotProcess.start('first', files);
    let second: BotProcess | undefined;
    try {
      await first.say('2026-11-23T08:50:00Z', admin, place, 'daily on 09:00 UTC 1h');
      await first.tick('2026-11-23T09:00:00Z');
      const said = await answerAll(first, files.channel, '2026-11-23T09:10:00Z', members);
      expect(said.every((t) => /^Got it/.test(t)), said.join('\n')).toBe(true);

      await first.hold('reveal');
      const tick = first.tick('2026-11-23T10:00:00Z').then(() => 'finished', () => 'killed');
      await first.inSend();
      // The reveal is in the channel; the points are not awarded yet, and nothing is recorded.
      expect(delivery(files.db, 'reveal')).toMatchObject({ token: 1, done_at: null, outcome: null });
      expect(delivery(files.db, 'reveal').sending_at).not.toBeNull();
      expect(dailyPost(files.db)[0]?.revealed_at).toBeNull();
      expect(scores(files.db)).toEqual([]);
      await first.kill();
      expect(await tick).toBe('killed');
      const stored = answers(files.db);
      expect(stored.map((a) => a.member_id)).toEqual(members.map((m) => m.id));

      second = await BotProcess.start('second', files);
      // Within the lease: left alone, not revealed twice, nothing awarded yet.
      await second.tick('2026-11-23T10:01:00Z');
      expect(delivery(files.db, 'reveal')).toMatchObject({ token: 1, done_at: null, outcome: null });
      expect(posts(readChannel(files.channel), 'reveal')).toHaveLength(1);
      // After the lease: taken over, found cut off mid-send, the points awarded once, nothing sent again.
      for (const at of ['2026-11-23T10:03:00Z', '2026-11-23T10:04:00Z', '2026-11-23T11:00:00Z']) await second.tick(at);
      expect(delivery(files.db, 'reveal')).toMatchObject({ outcome: 'uncertain' });
      expect(dailyPost(files.db)[0]?.revealed_at).not.toBeNull();
      expect(scores(files.db)).toEqual(awarded(stored));
      expect(await second.say('2026-11-23T11:00:00Z', admin, place, 'daily reveal')).toMatch(/revealed already/);
      const again = await answerAll(second, files.channel, '2026-11-23T11:00:00Z', members.slice(0, 5));
      expect(again.every((t) => /already answered/.test(t)), again.join('\n')).toBe(true);
      for (const at of ['2026-11-23T11:05:00Z', '2026-11-23T12:00:00Z']) await second.tick(at);

      const shown = readChannel(files.channel);
      expect(posts(shown, 'question')).toHaveLength(1);
      expect(posts(shown, 'reveal')).toHaveLength(1);
      expect(answers(files.db)).toEqual(stored);
      expect(scores(files.db)).toEqual(awarded(stored));
    } finally {
      await first.kill().catch(() => undefined);
      await second?.stop();
    }
  });
});
