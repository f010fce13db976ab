import type { Pool } from 'pg';
import type { AnswerContext, AnswerDecision } from '../../core/quiz/answer-rules.js';
import type { AnswerInput, AnswerRecord, RecordOutcome } from '../../core/quiz/quiz-store.js';
import { rows } from './open-postgres.js';
import { ANSWER_COLUMNS, POST_COLUMNS, prefixed, toAnswer, toPost, type AnswerRow, type PostRow, type PrefixedAnswer } from './pg-rows.js';

type Decider = (input: AnswerInput, context: AnswerContext) => AnswerDecision;

interface Pending {
  readonly input: AnswerInput;
  readonly decide: Decider;
  readonly resolve: (outcome: RecordOutcome) => void;
  readonly reject: (error: unknown) => void;
}

export interface AnswerBatcherOptions {
  /** Most answers in one round trip. */
  readonly maxBatch?: number;
  /** Batches on their way to the database at once (each holds one pooled connection). */
  readonly maxInFlight?: number;
}

const keyOf = (input: AnswerInput) => JSON.stringify([input.postId, input.member.id]);

/**
 * The requests are given as arrays; their ids take the tables' collation ("C"), or the planner cannot
 * use the answers key for the member and reads every answer to the post instead.
 */

/** Everything the rules need about each (post, member) in a batch, in one read. */
const FACTS_SQL = `
  SELECT r.n::int AS n, ${POST_COLUMNS.split(', ').map((c) => `p.${c}`).join(', ')},
    ${ANSWER_COLUMNS.split(', ').map((c) => `e.${c} AS e_${c}`).join(', ')},
    ${ANSWER_COLUMNS.split(', ').map((c) => `prev.${c} AS p_${c}`).join(', ')}
  FROM (SELECT post_id COLLATE "C" AS post_id, member_id COLLATE "C" AS member_id, n
        FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(post_id, member_id, n)) r
  LEFT JOIN posts p ON p.id = r.post_id
  LEFT JOIN answers e ON e.post_id = r.post_id AND e.member_id = r.member_id
  LEFT JOIN LATERAL (
    SELECT q.id FROM posts q
    WHERE p.kind = 'daily' AND p.local_date IS NOT NULL AND q.kind = 'daily'
      AND q.platform = p.platform AND q.workspace_id = p.workspace_id AND q.channel_id = p.channel_id AND q.local_date < p.local_date
    ORDER BY q.local_date DESC LIMIT 1
  ) before ON true
  LEFT JOIN answers prev ON prev.post_id = before.id AND prev.member_id = r.member_id`;

/**
 * Inserts the accepted answers only while their post is not revealed, locking each post row FOR SHARE
 * as it does: a reveal (an UPDATE of that row) waits for the batch to commit, and a batch that comes
 * after the reveal finds it revealed and inserts nothing for it, so no answer is stored that the
 * reveal did not count. Two answers of one member race on the primary key; the loser inserts nothing.
 */
const INSERT_SQL = `
  INSERT INTO answers (post_id, member_id, member_name, platform, workspace_id, channel_id, kind, option_index, correct, topic_id, domain, answered_at, answer_streak, correct_streak)
  SELECT p.id, v.member_id, v.member_name, p.platform, p.workspace_id, p.channel_id, p.kind, v.option_index, v.correct, p.topic_id, p.domain, v.answered_at, v.answer_streak, v.correct_streak
  FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::bool[], $6::timestamptz[], $7::int[], $8::int[])
    AS v(post_id, member_id, member_name, option_index, correct, answered_at, answer_streak, correct_streak)
  JOIN posts p ON p.id = v.post_id COLLATE "C" AND p.revealed_at IS NULL
  FOR SHARE OF p
  ON CONFLICT (post_id, member_id) DO NOTHING
  RETURNING ${ANSWER_COLUMNS}`;

const WINNERS_SQL = `SELECT ${ANSWER_COLUMNS} FROM answers
  WHERE (post_id, member_id) IN (SELECT p COLLATE "C", m COLLATE "C" FROM unnest($1::text[], $2::text[]) AS u(p, m))`;

/**
 * Records answers in batches: the answers that arrive while earlier ones are on their way to the
 * database travel together, so a busy instance needs two round trips for a handful of answers
 * instead of two for each. Each answer is still decided by the core's rules on the facts read for it,
 * and protected by the same database guarantees as one on its own: the primary key (one answer per
 * member and question) and the post row lock (nothing after the reveal). A quiet instance sends
 * each answer at once, so batching adds no wait.
 */
export class AnswerBatcher {
  private queue: Pending[] = [];
  private inFlight = 0;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;

  constructor(private readonly pool: Pool, options: AnswerBatcherOptions = {}) {
    this.maxBatch = options.maxBatch ?? 100;
    this.maxInFlight = options.maxInFlight ?? 1;
  }

  record(input: AnswerInput, decide: Decider): Promise<RecordOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, decide, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.take();
      this.inFlight += 1;
      void this.run(batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  /**
   * The oldest waiting answers, one per member and question: a second click of the same member waits
   * for the next batch, where it finds the first one stored and is reported as a duplicate.
   */
  private take(): Pending[] {
    const batch: Pending[] = [];
    const keys = new Set<string>();
    const rest: Pending[] = [];
    for (const pending of this.queue) {
      const key = keyOf(pending.input);
      if (batch.length < this.maxBatch && !keys.has(key)) {
        keys.add(key);
        batch.push(pending);
      } else rest.push(pending);
    }
    this.queue = rest;
    return batch;
  }

  private async run(batch: readonly Pending[]): Promise<void> {
    const settled = new Set<Pending>();
    const settle = (pending: Pending, outcome: RecordOutcome) => {
      settled.add(pending);
      pending.resolve(outcome);
    };
    try {
      const facts = await rows<{ n: number } & PostRow & PrefixedAnswer<'e_'> & PrefixedAnswer<'p_'>>(this.pool, FACTS_SQL, [
        batch.map((p) => p.input.postId), batch.map((p) => p.input.member.id),
      ]);
      const accepted: { pending: Pending; answer: AnswerRecord }[] = [];
      for (const fact of facts) {
        const pending = batch[fact.n - 1];
        if (!pending) throw new Error(`the answer facts named a request that was not asked (${fact.n})`);
        if (fact.id === null) {
          settle(pending, { status: 'unknown-post' });
          continue;
        }
        const existing = prefixed(fact, 'e_');
        if (existing) {
          settle(pending, { status: 'duplicate', existing: toAnswer(existing) });
          continue;
        }
        const previous = prefixed(fact, 'p_');
        const decision = pending.decide(pending.input, { post: toPost(fact), ...(previous ? { previous: toAnswer(previous) } : {}) });
        if (decision.status === 'accept') accepted.push({ pending, answer: decision.answer });
        else settle(pending, decision);
      }
      if (accepted.length === 0) return;

      const answers = accepted.map((a) => a.answer);
      const stored = await rows<AnswerRow>(this.pool, INSERT_SQL, [
        answers.map((a) => a.postId), answers.map((a) => a.memberId), answers.map((a) => a.memberName), answers.map((a) => a.optionIndex),
        answers.map((a) => a.correct), answers.map((a) => a.answeredAt), answers.map((a) => a.answerStreak), answers.map((a) => a.correctStreak),
      ]);
      const storedByKey = new Map(stored.map((r) => [JSON.stringify([r.post_id, r.member_id]), r]));
      const lost: Pending[] = [];
      for (const { pending } of accepted) {
        const mine = storedByKey.get(keyOf(pending.input));
        if (mine) settle(pending, { status: 'recorded', answer: toAnswer(mine) });
        else lost.push(pending);
      }
      if (lost.length === 0) return;

      // Nothing inserted for these: another instance stored the member's answer first, or the reveal came first.
      const winners = await rows<AnswerRow>(this.pool, WINNERS_SQL, [lost.map((p) => p.input.postId), lost.map((p) => p.input.member.id)]);
      const winnerByKey = new Map(winners.map((r) => [JSON.stringify([r.post_id, r.member_id]), r]));
      for (const pending of lost) {
        const winner = winnerByKey.get(keyOf(pending.input));
        settle(pending, winner ? { status: 'duplicate', existing: toAnswer(winner) } : { status: 'closed' });
      }
    } catch (error) {
      for (const pending of batch) {
        if (settled.has(pending)) continue;
        settled.add(pending);
        pending.reject(error);
      }
    } finally {
      for (const pending of batch) {
        if (!settled.has(pending)) pending.reject(new Error('an answer in a batch was left without an outcome'));
      }
    }
  }
}
