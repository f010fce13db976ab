import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardsAtReveal, decideAnswer } from '../../src/core/quiz/answer-rules.js';
import type { AnswerRecord, NewPost, PostRecord, RecordOutcome } from '../../src/core/quiz/quiz-store.js';
import { openPostgres, type PostgresDatabase } from '../../src/store/postgres/open-postgres.js';
import { PostgresQuizStore } from '../../src/store/postgres/pg-quiz-store.js';
import { startPostgres, usePostgres, type TestPostgres } from '../helpers/postgres.js';

/**
 * Answers on PostgreSQL arrive in bursts from several instances and are written in batches: each
 * answer must still count once, be decided on its own facts, and never be stored after the reveal.
 */

const place = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C1' };
const at = (iso: string) => new Date(iso);
const daily = (id: string, localDate: string, channelId = 'C1'): NewPost => ({
  id, place: { ...place, channelId }, kind: 'daily', localDate, questionId: `q_${localDate}`, topicId: 'fargate', domain: 'technology-and-services',
  answerIndex: 1, postedAt: at(`${localDate}T09:00:00Z`), closesAt: at(`${localDate}T17:00:00Z`),
});
const answer = (postId: string, memberId: string, optionIndex: number, iso = '2026-11-20T10:00:00Z') => ({
  postId, member: { id: memberId, name: memberId }, optionIndex, answeredAt: at(iso),
});

describe.skipIf(!usePostgres('PostgreSQL answer tests'))('PostgreSQL answers in bursts (real server, two instances)', () => {
  let server: TestPostgres;
  let one: PostgresDatabase;
  let two: PostgresDatabase;
  let a: PostgresQuizStore;
  let b: PostgresQuizStore;

  beforeAll(async () => {
    server = await startPostgres();
    [one, two] = await Promise.all([openPostgres(server.url), openPostgres(server.url)]);
    a = new PostgresQuizStore(one.pool);
    b = new PostgresQuizStore(two.pool);
  }, 60_000);

  afterAll(async () => {
    await one?.close();
    await two?.close();
    await server?.stop();
  });

  it('a burst of double clicks on two instances stores one answer per member, and every repeat names it', async () => {
    await a.createPost(daily('burst', '2026-11-20'));
    const members = Array.from({ length: 40 }, (_, i) => `U${i}`);
    // Each member clicks option i % 4 on instance a, then option 1 twice more on a and once on b, all at once.
    const outcomes = await Promise.all(members.flatMap((m, i) => [
      a.recordAnswer(answer('burst', m, i % 4), decideAnswer).then((o) => ({ m, o })),
      a.recordAnswer(answer('burst', m, 1), decideAnswer).then((o) => ({ m, o })),
      b.recordAnswer(answer('burst', m, 1), decideAnswer).then((o) => ({ m, o })),
      a.recordAnswer(answer('burst', m, 1), decideAnswer).then((o) => ({ m, o })),
    ]));
    const stored = await a.answersFor('burst');
    expect(stored.map((s) => s.memberId).sort()).toEqual([...members].sort());
    for (const m of members) {
      const mine = outcomes.filter((x) => x.m === m).map((x) => x.o);
      const recorded = mine.filter((o): o is Extract<RecordOutcome, { status: 'recorded' }> => o.status === 'recorded');
      expect(recorded, `member ${m}`).toHaveLength(1);
      const kept = stored.find((s) => s.memberId === m);
      expect(recorded[0]?.answer.optionIndex).toBe(kept?.optionIndex);
      for (const o of mine.filter((x) => x.status !== 'recorded')) {
        expect(o).toEqual({ status: 'duplicate', existing: kept });
      }
    }
  });

  it('each answer in a batch is decided on its own facts: its post, its member\'s streak, a missing post', async () => {
    await a.createPost(daily('s1', '2026-11-18', 'C2'));
    await a.createPost(daily('s2', '2026-11-19', 'C2'));
    await a.recordAnswer(answer('s1', 'ann', 1, '2026-11-18T10:00:00Z'), decideAnswer);
    await a.markRevealed('s1', at('2026-11-18T17:00:00Z'), awardsAtReveal);
    const [annOutcome, bobOutcome, ghost, late] = await Promise.all([
      a.recordAnswer(answer('s2', 'ann', 1, '2026-11-19T10:00:00Z'), decideAnswer),
      a.recordAnswer(answer('s2', 'bob', 0, '2026-11-19T10:00:00Z'), decideAnswer),
      a.recordAnswer(answer('no-such-post', 'ann', 1), decideAnswer),
      a.recordAnswer(answer('s1', 'cat', 1, '2026-11-18T16:00:00Z'), decideAnswer),
    ]);
    expect(annOutcome).toMatchObject({ status: 'recorded', answer: { correct: true, answerStreak: 2, correctStreak: 2 } });
    expect(bobOutcome).toMatchObject({ status: 'recorded', answer: { correct: false, answerStreak: 1, correctStreak: 0 } });
    expect(ghost).toEqual({ status: 'unknown-post' });
    expect(late).toEqual({ status: 'closed' });
  });

  it('answers racing the reveal from two instances: every stored answer is counted by it, and none is stored after it', async () => {
    for (let round = 0; round < 5; round++) {
      const id = `race${round}`;
      await a.createPost(daily(id, `2026-10-0${round + 1}`, `R${round}`));
      let counted: readonly AnswerRecord[] = [];
      const award = (post: PostRecord, answers: readonly AnswerRecord[]) => {
        counted = answers;
        return awardsAtReveal(post, answers);
      };
      const members = Array.from({ length: 60 }, (_, i) => `M${i}`);
      const answering = members.map((m, i) => (i % 2 ? a : b).recordAnswer(answer(id, m, 1, `2026-10-0${round + 1}T10:00:00Z`), decideAnswer));
      // The reveal starts while the burst is being written.
      const revealing = new Promise<boolean>((resolve, reject) => {
        setTimeout(() => b.markRevealed(id, at(`2026-10-0${round + 1}T17:00:00Z`), award).then(resolve, reject), round);
      });
      const [outcomes, revealed] = await Promise.all([Promise.all(answering), revealing]);
      expect(revealed).toBe(true);
      const stored = await a.answersFor(id);
      expect(stored.map((s) => s.memberId).sort()).toEqual(counted.map((s) => s.memberId).sort());
      expect(outcomes.filter((o) => o.status === 'recorded')).toHaveLength(stored.length);
      expect(outcomes.every((o) => o.status === 'recorded' || o.status === 'closed')).toBe(true);
    }
  });
});
