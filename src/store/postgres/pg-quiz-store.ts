import type { Pool, PoolClient } from 'pg';
import type { AnswerContext, AnswerDecision, Award } from '../../core/quiz/answer-rules.js';
import type {
  AnswerInput, AnswerRecord, ChannelAnswer, LatestDaily, Leaderboard, MemberFacts, Mistake, NewPost, OpenDailyPost, Period, PeriodTally, PostKind,
  PostRecord, PracticeTopicHistory, QuestionReport, QuizStore, RecordOutcome, ReportedQuestion, Scope, Standing, Tally,
} from '../../core/quiz/quiz-store.js';
import type { Place } from '../../core/request.js';
import { postDatesFor, usableBoundaries } from '../periods.js';
import { boardPeriodKey } from '../../core/quiz/board-periods.js';
import { AnswerBatcher, type AnswerBatcherOptions } from './answer-batcher.js';
import { query, row, rows, transaction } from './open-postgres.js';
import { ANSWER_COLUMNS, POST_COLUMNS, placeOf, prefixed, toAnswer, toPost, type AnswerRow, type PostRow, type PrefixedAnswer } from './pg-rows.js';

interface StandingRow { member_id: string; member_name: string; points: number; correct: number; answered: number; rank: number }

interface TallyRow { key: string; answered: number; correct: number }

const toStanding = (r: StandingRow): Standing => ({
  memberId: r.member_id, memberName: r.member_name, points: r.points, correct: r.correct, answered: r.answered, rank: r.rank,
});

const toTally = (r: TallyRow): Tally => ({ key: r.key, answered: r.answered, correct: r.correct });

/**
 * Periods from an array of instants ($1): period i is [edges[i], edges[i + 1]). Answers are joined to
 * the period they fall in and counted per domain; the filter's parameters start at $2.
 */
const HISTORY = (filter: string) => `SELECT e.period, a.domain, COUNT(*)::int AS answered, COUNT(*) FILTER (WHERE a.correct)::int AS correct
  FROM (SELECT (ord - 1)::int AS period, start, LEAD(start) OVER (ORDER BY ord) AS finish
        FROM unnest($1::timestamptz[]) WITH ORDINALITY AS t(start, ord)) e
  JOIN answers a ON a.answered_at >= e.start AND a.answered_at < e.finish
  WHERE ${filter}
  GROUP BY e.period, a.domain ORDER BY e.period, a.domain COLLATE "C"`;

type Awarder = (post: PostRecord, answers: readonly AnswerRecord[]) => readonly Award[];
type Decider = (input: AnswerInput, context: AnswerContext) => AnswerDecision;

function periodKey(period: Period, now: Date, timeZone = 'UTC'): string {
  return boardPeriodKey(period, now, timeZone);
}

/** Members with more points, plus one: equal points share a rank. */
const STANDING_SELECT = `SELECT s.member_id, s.member_name, s.points, s.correct, s.answered,
    1 + COALESCE((SELECT SUM(c.members) FROM score_counts c
      WHERE c.platform = s.platform AND c.workspace_id = s.workspace_id AND c.period = s.period AND c.points > s.points), 0)::int AS rank
  FROM scores s`;

/**
 * The quiz port on PostgreSQL, for several bot instances on one database. Every guarantee comes from
 * the database: unique keys, row locks and single-statement upserts, never a lock in this process.
 * Results match SqliteQuizStore's.
 */
export class PostgresQuizStore implements QuizStore {
  private readonly answers: AnswerBatcher;

  constructor(private readonly pool: Pool, options: AnswerBatcherOptions = {}) {
    this.answers = new AnswerBatcher(pool, options);
  }

  async createPost(post: NewPost): Promise<{ post: PostRecord; created: boolean }> {
    // Two instances racing to post the channel's daily question: the unique index lets one in, and
    // the other (waiting for it to commit) inserts nothing and returns the winner's post.
    const inserted = await row<PostRow>(this.pool, `INSERT INTO posts (id, platform, workspace_id, channel_id, kind, owner_id, local_date, question_id, topic_id, domain, answer_index, posted_at, closes_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
      ON CONFLICT DO NOTHING RETURNING ${POST_COLUMNS}`, [
      post.id, post.place.platform, post.place.workspaceId, post.place.channelId, post.kind, post.ownerId ?? null,
      post.localDate ?? null, post.questionId, post.topicId, post.domain, post.answerIndex, post.postedAt, post.closesAt ?? null,
    ]);
    if (inserted) return { post: toPost(inserted), created: true };
    const existing = post.kind === 'daily' && post.localDate
      ? await row<PostRow>(this.pool, `SELECT ${POST_COLUMNS} FROM posts
          WHERE platform = $1 AND workspace_id = $2 AND channel_id = $3 AND local_date = $4 AND kind = 'daily'`,
        [post.place.platform, post.place.workspaceId, post.place.channelId, post.localDate])
      : await this.postRow(this.pool, post.id);
    if (!existing) throw new Error(`post ${post.id} was neither inserted nor found`);
    return { post: toPost(existing), created: false };
  }

  async getPost(id: string): Promise<PostRecord | undefined> {
    const found = await this.postRow(this.pool, id);
    return found ? toPost(found) : undefined;
  }

  /** Concurrent answers travel together; see AnswerBatcher for how each keeps its guarantees. */
  async recordAnswer(input: AnswerInput, decide: Decider): Promise<RecordOutcome> {
    return this.answers.record(input, decide);
  }

  async answersFor(postId: string): Promise<readonly AnswerRecord[]> {
    return (await this.answerRows(this.pool, postId)).map(toAnswer);
  }

  async leaderboard(scope: Scope, period: Period, now: Date, limit: number, timeZone?: string): Promise<Leaderboard> {
    const key = periodKey(period, now, timeZone);
    const [top, count] = await Promise.all([
      rows<StandingRow>(this.pool, `${STANDING_SELECT}
        WHERE s.platform = $1 AND s.workspace_id = $2 AND s.period = $3
        ORDER BY s.points DESC, lower(s.member_name), s.member_id LIMIT $4`, [scope.platform, scope.workspaceId, key, limit]),
      row<{ n: number }>(this.pool, `SELECT COALESCE(SUM(members), 0)::int AS n FROM score_counts
        WHERE platform = $1 AND workspace_id = $2 AND period = $3`, [scope.platform, scope.workspaceId, key]),
    ]);
    return { top: top.map(toStanding), members: count?.n ?? 0 };
  }

  async standingOf(scope: Scope, period: Period, now: Date, memberId: string, timeZone?: string): Promise<Standing | undefined> {
    const found = await row<StandingRow>(this.pool, `${STANDING_SELECT}
      WHERE s.platform = $1 AND s.workspace_id = $2 AND s.period = $3 AND s.member_id = $4`,
    [scope.platform, scope.workspaceId, periodKey(period, now, timeZone), memberId]);
    return found ? toStanding(found) : undefined;
  }

  async memberStats(place: Place, memberId: string, kind: PostKind): Promise<MemberFacts> {
    const tally = (column: 'topic_id' | 'domain') => rows<TallyRow>(this.pool, `SELECT ${column} AS key, COUNT(*)::int AS answered, COUNT(*) FILTER (WHERE correct)::int AS correct
      FROM answers WHERE platform = $1 AND workspace_id = $2 AND member_id = $3 AND kind = $4 GROUP BY ${column} ORDER BY ${column}`,
    [place.platform, place.workspaceId, memberId, kind]);
    const [byTopic, byDomain, best, latest] = await Promise.all([
      tally('topic_id'),
      tally('domain'),
      row<{ answer_best: number | null; correct_best: number | null }>(this.pool, `SELECT MAX(answer_streak) AS answer_best, MAX(correct_streak) AS correct_best
        FROM answers WHERE platform = $1 AND workspace_id = $2 AND channel_id = $3 AND member_id = $4 AND kind = $5`,
      [place.platform, place.workspaceId, place.channelId, memberId, kind]),
      // The channel's two latest daily posts, newest first, each with this member's answer if any.
      kind === 'daily'
        ? rows<{ revealed_at: Date | null } & { [K in keyof AnswerRow]: AnswerRow[K] | null }>(this.pool, `SELECT p.revealed_at,
            a.post_id, a.member_id, a.member_name, a.option_index, a.correct, a.answered_at, a.answer_streak, a.correct_streak
          FROM (SELECT id, local_date, revealed_at FROM posts
                WHERE platform = $1 AND workspace_id = $2 AND channel_id = $3 AND kind = 'daily'
                ORDER BY local_date DESC LIMIT 2) p
          LEFT JOIN answers a ON a.post_id = p.id AND a.member_id = $4
          ORDER BY p.local_date DESC`, [place.platform, place.workspaceId, place.channelId, memberId])
        : Promise.resolve([]),
    ]);
    const answerOf = (r: (typeof latest)[number] | undefined): AnswerRecord | undefined =>
      r && r.post_id !== null ? toAnswer(r as AnswerRow) : undefined;
    const [newest, before] = latest;
    const onLatest = answerOf(newest);
    const onPrevious = answerOf(before);
    return {
      byTopic: byTopic.map(toTally),
      byDomain: byDomain.map(toTally),
      streaks: {
        latestOpen: newest !== undefined && newest.revealed_at === null,
        ...(onLatest ? { onLatest } : {}),
        ...(onPrevious ? { onPrevious } : {}),
        answerBest: best?.answer_best ?? 0,
        correctBest: best?.correct_best ?? 0,
      },
    };
  }

  async markRevealed(postId: string, at: Date, award: Awarder): Promise<boolean> {
    return transaction(this.pool, (client) => this.revealLocked(client, postId, at, award));
  }

  /**
   * The reveal mark and the points it awards in one transaction, so they count exactly once however
   * many instances reveal at the same moment: only the one whose UPDATE changed the row awards.
   * Scores and score_counts rows are locked in one fixed order (scores by key, then counts by key),
   * so two reveals touching the same members cannot deadlock.
   */
  private async revealLocked(client: PoolClient, postId: string, at: Date, award: Awarder): Promise<boolean> {
    const post = await row<PostRow>(client, `UPDATE posts SET revealed_at = $2 WHERE id = $1 AND revealed_at IS NULL RETURNING ${POST_COLUMNS}`, [postId, at]);
    if (!post) return false;
    const awards = award(toPost(post), (await this.answerRows(client, postId)).map(toAnswer));
    if (awards.length === 0) return true;

    // Each award counts once in each of its periods. Awards of one member in one period are summed
    // first (an upsert may touch a row once per statement); the totals are the same as one by one.
    interface Sum { period: string; memberId: string; memberName: string; points: number; answered: number; correct: number }
    const sums = new Map<string, Sum>();
    for (const a of awards) {
      for (const period of a.periods) {
        const id = JSON.stringify([period, a.memberId]);
        const sum = sums.get(id) ?? { period, memberId: a.memberId, memberName: a.memberName, points: 0, answered: 0, correct: 0 };
        sum.memberName = a.memberName;
        sum.points += a.points;
        sum.answered += 1;
        sum.correct += a.correct ? 1 : 0;
        sums.set(id, sum);
      }
    }
    const ordered = [...sums.values()].sort((x, y) => compare(x.period, y.period) || compare(x.memberId, y.memberId));
    const after = await rows<{ period: string; member_id: string; points: number; answered: number }>(client, `INSERT INTO scores (platform, workspace_id, period, member_id, member_name, points, answered, correct)
      SELECT $1, $2, t.period, t.member_id, t.member_name, t.points, t.answered, t.correct
      FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[]) WITH ORDINALITY AS t(period, member_id, member_name, points, answered, correct, n)
      ORDER BY t.n
      ON CONFLICT (platform, workspace_id, period, member_id) DO UPDATE SET
        member_name = EXCLUDED.member_name, points = scores.points + EXCLUDED.points,
        answered = scores.answered + EXCLUDED.answered, correct = scores.correct + EXCLUDED.correct
      RETURNING period, member_id, points, answered`, [
      post.platform, post.workspace_id, ordered.map((s) => s.period), ordered.map((s) => s.memberId), ordered.map((s) => s.memberName),
      ordered.map((s) => s.points), ordered.map((s) => s.answered), ordered.map((s) => s.correct),
    ]);

    // Keep the per-score member counts in step: a newcomer joins a score, a scorer moves to another.
    const counts = new Map<string, { period: string; points: number; change: number }>();
    const count = (period: string, points: number, change: number) => {
      const id = JSON.stringify([period, points]);
      const entry = counts.get(id) ?? { period, points, change: 0 };
      entry.change += change;
      counts.set(id, entry);
    };
    for (const r of after) {
      const sum = sums.get(JSON.stringify([r.period, r.member_id]));
      if (!sum) throw new Error('score upsert returned a row it was not given');
      if (r.answered === sum.answered) count(r.period, r.points, 1);
      else if (sum.points !== 0) {
        count(r.period, r.points - sum.points, -1);
        count(r.period, r.points, 1);
      }
    }
    const changes = [...counts.values()].filter((c) => c.change !== 0)
      .sort((x, y) => compare(x.period, y.period) || x.points - y.points);
    if (changes.length > 0) {
      await query(client, `INSERT INTO score_counts (platform, workspace_id, period, points, members)
        SELECT $1, $2, t.period, t.points, t.change
        FROM unnest($3::text[], $4::int[], $5::int[]) WITH ORDINALITY AS t(period, points, change, n)
        ORDER BY t.n
        ON CONFLICT (platform, workspace_id, period, points) DO UPDATE SET members = score_counts.members + EXCLUDED.members`, [
        post.platform, post.workspace_id, changes.map((c) => c.period), changes.map((c) => c.points), changes.map((c) => c.change),
      ]);
    }
    return true;
  }

  async closeNow(postId: string, at: Date): Promise<void> {
    await query(this.pool, 'UPDATE posts SET closes_at = $2 WHERE id = $1 AND (closes_at IS NULL OR closes_at > $2)', [postId, at]);
  }

  async setMessageRef(postId: string, messageRef: string): Promise<void> {
    await query(this.pool, 'UPDATE posts SET message_ref = $2 WHERE id = $1', [postId, messageRef]);
  }

  async practiceCard(scope: Scope, memberId: string, topicId: string): Promise<string | undefined> {
    return (await row<{ card: string }>(this.pool, 'SELECT card FROM practice_cards WHERE platform = $1 AND workspace_id = $2 AND member_id = $3 AND topic_id = $4',
      [scope.platform, scope.workspaceId, memberId, topicId]))?.card;
  }

  async practiceCards(scope: Scope, memberId: string): Promise<ReadonlyMap<string, string>> {
    const found = await rows<{ topic_id: string; card: string }>(this.pool, 'SELECT topic_id, card FROM practice_cards WHERE platform = $1 AND workspace_id = $2 AND member_id = $3 ORDER BY topic_id',
      [scope.platform, scope.workspaceId, memberId]);
    return new Map(found.map((r) => [r.topic_id, r.card]));
  }

  async savePracticeCard(scope: Scope, memberId: string, topicId: string, card: string): Promise<void> {
    await query(this.pool, `INSERT INTO practice_cards (platform, workspace_id, member_id, topic_id, card) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (platform, workspace_id, member_id, topic_id) DO UPDATE SET card = EXCLUDED.card`,
    [scope.platform, scope.workspaceId, memberId, topicId, card]);
  }

  async practiceHistory(scope: Scope, memberId: string, since: Date): Promise<readonly PracticeTopicHistory[]> {
    // Per topic: first and last post, the latest post's question, and counts (all and since `since`).
    const found = await rows<{ topic_id: string; first_at: Date; last_at: Date; last_question: string; posts: number; posts_since: number }>(this.pool, `SELECT topic_id,
        MIN(posted_at) AS first_at, MAX(posted_at) AS last_at, COUNT(*)::int AS posts, (COUNT(*) FILTER (WHERE posted_at >= $4))::int AS posts_since,
        (array_agg(question_id ORDER BY posted_at DESC, id DESC))[1] AS last_question
      FROM posts WHERE platform = $1 AND workspace_id = $2 AND kind = 'practice' AND owner_id = $3
      GROUP BY topic_id ORDER BY topic_id`, [scope.platform, scope.workspaceId, memberId, since]);
    return found.map((r) => ({
      topicId: r.topic_id, firstPostedAt: r.first_at, lastPostedAt: r.last_at, lastQuestionId: r.last_question, posts: r.posts, postsSince: r.posts_since,
    }));
  }

  async mistakes(scope: Scope, memberId: string, limit: number): Promise<readonly Mistake[]> {
    // The member's latest answer per question (a right one wins a tie), kept only when it was wrong.
    const found = await rows<{ question_id: string; topic_id: string; kind: PostKind; option_index: number; answered_at: Date }>(this.pool, `SELECT question_id, topic_id, kind, option_index, answered_at FROM (
        SELECT DISTINCT ON (p.question_id) p.question_id, p.topic_id, a.kind, a.option_index, a.answered_at, a.correct
        FROM answers a JOIN posts p ON p.id = a.post_id
        WHERE a.platform = $1 AND a.workspace_id = $2 AND a.member_id = $3
        ORDER BY p.question_id, a.answered_at DESC, a.correct DESC) latest
      WHERE NOT correct ORDER BY answered_at DESC, question_id LIMIT $4`, [scope.platform, scope.workspaceId, memberId, limit]);
    return found.map((r) => ({ questionId: r.question_id, topicId: r.topic_id, kind: r.kind, optionIndex: r.option_index, answeredAt: r.answered_at }));
  }

  async reportQuestion(report: QuestionReport): Promise<{ first: boolean }> {
    const { place, member } = report;
    // One statement: `xmax = 0` holds for a row this statement inserted, not for one it updated, so
    // two reports racing from two instances cannot both be "first".
    const result = await row<{ first: boolean }>(this.pool, `INSERT INTO question_reports (question_id, text_hash, platform, workspace_id, channel_id, member_id, member_name, reason, reported_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
      ON CONFLICT (question_id, text_hash, platform, workspace_id, member_id) DO UPDATE SET
        reason = COALESCE(EXCLUDED.reason, question_reports.reason), reported_at = EXCLUDED.reported_at, member_name = EXCLUDED.member_name
      RETURNING (xmax = 0) AS first`, [
      report.questionId, report.textHash, place.platform, place.workspaceId, place.channelId, member.id, member.name,
      report.reason ?? null, report.reportedAt,
    ]);
    return { first: result?.first ?? false };
  }

  async reportedQuestions(): Promise<readonly ReportedQuestion[]> {
    const found = await rows<{ question_id: string; text_hash: string; count: number; reasons: string[]; last_at: Date }>(this.pool, `SELECT question_id, text_hash,
        COUNT(*)::int AS count,
        COALESCE(array_agg(reason ORDER BY platform, workspace_id, member_id) FILTER (WHERE reason IS NOT NULL), '{}') AS reasons,
        MAX(reported_at) AS last_at
      FROM question_reports GROUP BY question_id, text_hash ORDER BY count DESC, last_at DESC, question_id, text_hash`);
    return found.map((r) => ({ questionId: r.question_id, textHash: r.text_hash, count: r.count, reasons: r.reasons, lastReportedAt: r.last_at }));
  }

  async askedQuestionIds(place: Place): Promise<ReadonlySet<string>> {
    const found = await rows<{ question_id: string }>(this.pool, `SELECT question_id FROM posts
      WHERE platform = $1 AND workspace_id = $2 AND channel_id = $3 AND kind = 'daily'`, [place.platform, place.workspaceId, place.channelId]);
    return new Set(found.map((r) => r.question_id));
  }

  async recentTopics(place: Place, count: number): Promise<readonly string[]> {
    const found = await rows<{ topic_id: string }>(this.pool, `SELECT topic_id FROM posts
      WHERE platform = $1 AND workspace_id = $2 AND channel_id = $3 AND kind = 'daily' ORDER BY local_date DESC LIMIT $4`,
    [place.platform, place.workspaceId, place.channelId, count]);
    return found.map((r) => r.topic_id);
  }

  async channelTopicTallies(place: Place): Promise<readonly Tally[]> {
    const found = await rows<TallyRow>(this.pool, `SELECT topic_id AS key, COUNT(*)::int AS answered, COUNT(*) FILTER (WHERE correct)::int AS correct
      FROM answers WHERE platform = $1 AND workspace_id = $2 AND channel_id = $3 AND kind = 'daily' GROUP BY topic_id ORDER BY topic_id`,
    [place.platform, place.workspaceId, place.channelId]);
    return found.map(toTally);
  }

  async memberDomainHistory(scope: Scope, memberId: string, boundaries: readonly Date[]): Promise<readonly PeriodTally[]> {
    if (!usableBoundaries(boundaries)) return [];
    return rows<PeriodTally>(this.pool, HISTORY('a.platform = $2 AND a.workspace_id = $3 AND a.member_id = $4'), [boundaries, scope.platform, scope.workspaceId, memberId]);
  }

  async channelDailyHistory(place: Place, boundaries: readonly Date[]): Promise<readonly PeriodTally[]> {
    if (!usableBoundaries(boundaries)) return [];
    return rows<PeriodTally>(this.pool, HISTORY("a.platform = $2 AND a.workspace_id = $3 AND a.channel_id = $4 AND a.kind = 'daily'"),
      [boundaries, place.platform, place.workspaceId, place.channelId]);
  }

  async channelDailyAnswers(place: Place, from: Date, to: Date): Promise<readonly ChannelAnswer[]> {
    // Through the channel's daily posts (their one-per-day index), not a scan of every answer.
    const dates = postDatesFor(from, to);
    const found = await rows<{ post_id: string; question_id: string; topic_id: string; member_id: string; member_name: string; correct: boolean; answered_at: Date; answer_streak: number; posted_at: Date }>(this.pool,
      `SELECT a.post_id, p.question_id, a.topic_id, a.member_id, a.member_name, a.correct, a.answered_at, a.answer_streak, p.posted_at
      FROM posts p JOIN answers a ON a.post_id = p.id
      WHERE p.platform = $1 AND p.workspace_id = $2 AND p.channel_id = $3 AND p.kind = 'daily' AND p.local_date >= $6 AND p.local_date <= $7
        AND a.answered_at >= $4 AND a.answered_at < $5
      ORDER BY a.answered_at, a.member_id COLLATE "C"`, [place.platform, place.workspaceId, place.channelId, from, to, dates.first, dates.last]);
    return found.map((r) => ({
      postId: r.post_id, questionId: r.question_id, topicId: r.topic_id, memberId: r.member_id, memberName: r.member_name,
      correct: r.correct, answeredAt: r.answered_at, answerStreak: r.answer_streak, postedAt: r.posted_at,
    }));
  }

  async overdueReveals(now: Date): Promise<readonly OpenDailyPost[]> {
    const found = await rows<{ id: string; platform: string; workspace_id: string; channel_id: string; local_date: string; closes_at: Date }>(this.pool,
      `SELECT id, platform, workspace_id, channel_id, local_date, closes_at FROM posts
      WHERE kind = 'daily' AND revealed_at IS NULL AND closes_at <= $1 ORDER BY closes_at, id`, [now]);
    return found.map((r) => ({ postId: r.id, place: placeOf(r), localDate: r.local_date, closesAt: r.closes_at }));
  }

  async latestDaily(place: Place): Promise<LatestDaily | undefined> {
    const found = await row<{ id: string; local_date: string; revealed_at: Date | null; closes_at: Date | null }>(this.pool, `SELECT id, local_date, revealed_at, closes_at FROM posts
      WHERE platform = $1 AND workspace_id = $2 AND channel_id = $3 AND kind = 'daily' ORDER BY local_date DESC LIMIT 1`,
    [place.platform, place.workspaceId, place.channelId]);
    if (!found) return undefined;
    return {
      postId: found.id,
      localDate: found.local_date,
      ...(found.revealed_at ? { revealedAt: found.revealed_at } : {}),
      ...(found.closes_at ? { closesAt: found.closes_at } : {}),
    };
  }

  private postRow(db: Pool | PoolClient, id: string): Promise<PostRow | undefined> {
    return row<PostRow>(db, `SELECT ${POST_COLUMNS} FROM posts WHERE id = $1`, [id]);
  }

  private answerRow(db: Pool | PoolClient, postId: string, memberId: string): Promise<AnswerRow | undefined> {
    return row<AnswerRow>(db, `SELECT ${ANSWER_COLUMNS} FROM answers WHERE post_id = $1 AND member_id = $2`, [postId, memberId]);
  }

  private answerRows(db: Pool | PoolClient, postId: string): Promise<AnswerRow[]> {
    return rows<AnswerRow>(db, `SELECT ${ANSWER_COLUMNS} FROM answers WHERE post_id = $1 ORDER BY answered_at, member_name`, [postId]);
  }
}

/** Byte order of UTF-16 code units; any fixed order will do, as long as every instance uses the same. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
