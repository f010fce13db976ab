import type {
  AnswerInput, AnswerRecord, ChannelAnswer, LatestDaily, Leaderboard, MemberFacts, Mistake, NewPost, OpenDailyPost, Period, PeriodTally, PostKind,
  PostRecord, PracticeTopicHistory, QuestionReport, QuizStore, RecordOutcome, ReportedQuestion, Scope, Standing, Tally,
} from '../core/quiz/quiz-store.js';
import type { Place } from '../core/request.js';
import type { Statement } from 'better-sqlite3';
import type { AnswerContext, AnswerDecision, Award } from '../core/quiz/answer-rules.js';
import type { Db } from './open-database.js';
import { placeOf } from './sqlite-schedule-store.js';
import { postDatesFor, usableBoundaries } from './periods.js';
import { boardPeriodKey } from '../core/quiz/board-periods.js';

interface PostRow {
  id: string; platform: string; workspace_id: string; channel_id: string; kind: PostKind; owner_id: string | null;
  local_date: string | null; question_id: string; topic_id: string; domain: string; answer_index: number;
  posted_at: string; closes_at: string | null; revealed_at: string | null; message_ref: string | null;
}

interface AnswerRow {
  post_id: string; member_id: string; member_name: string; option_index: number; correct: number;
  answered_at: string; answer_streak: number; correct_streak: number;
}

interface StandingRow { member_id: string; member_name: string; points: number; correct: number; answered: number; rank: number }

const toPost = (row: PostRow): PostRecord => ({
  id: row.id,
  place: { platform: row.platform as Place['platform'], workspaceId: row.workspace_id, channelId: row.channel_id },
  kind: row.kind,
  ...(row.owner_id !== null ? { ownerId: row.owner_id } : {}),
  ...(row.local_date !== null ? { localDate: row.local_date } : {}),
  questionId: row.question_id,
  topicId: row.topic_id,
  domain: row.domain,
  answerIndex: row.answer_index,
  postedAt: new Date(row.posted_at),
  ...(row.closes_at !== null ? { closesAt: new Date(row.closes_at) } : {}),
  ...(row.revealed_at !== null ? { revealedAt: new Date(row.revealed_at) } : {}),
  ...(row.message_ref !== null ? { messageRef: row.message_ref } : {}),
});

const toAnswer = (row: AnswerRow): AnswerRecord => ({
  postId: row.post_id,
  memberId: row.member_id,
  memberName: row.member_name,
  optionIndex: row.option_index,
  correct: row.correct === 1,
  answeredAt: new Date(row.answered_at),
  answerStreak: row.answer_streak,
  correctStreak: row.correct_streak,
});

const toStanding = (row: StandingRow): Standing => ({
  memberId: row.member_id,
  memberName: row.member_name,
  points: row.points,
  correct: row.correct,
  answered: row.answered,
  rank: row.rank,
});

/**
 * Periods from a JSON array of ISO instants (which sort as text, as answered_at is stored): period i
 * is [edges[i], edges[i + 1]). Answers are joined to the period they fall in and counted per domain.
 */
const HISTORY = (filter: string) => `WITH edges AS (
    SELECT CAST(key AS INTEGER) AS period, value AS start, LEAD(value) OVER (ORDER BY CAST(key AS INTEGER)) AS finish FROM json_each(@edges)
  )
  SELECT e.period AS period, a.domain AS domain, COUNT(*) AS answered, SUM(a.correct) AS correct
  FROM answers a JOIN edges e ON a.answered_at >= e.start AND a.answered_at < e.finish
  WHERE ${filter} AND a.answered_at >= @first AND a.answered_at < @last
  GROUP BY e.period, a.domain ORDER BY e.period, a.domain`;

type HistoryRow = PeriodTally;

interface ChannelAnswerRow {
  post_id: string; question_id: string; topic_id: string; member_id: string; member_name: string;
  correct: number; answered_at: string; answer_streak: number; posted_at: string;
}

type Awarder = (post: PostRecord, answers: readonly AnswerRecord[]) => readonly Award[];

function periodKey(period: Period, now: Date, timeZone = 'UTC'): string {
  return boardPeriodKey(period, now, timeZone);
}

/** The only module that speaks SQL. Every statement is prepared once, here. */
export class SqliteQuizStore implements QuizStore {
  private readonly sql;
  private readonly previousDaily = new Map<string, string>();
  private readonly recordInTransaction;
  private readonly revealInTransaction;

  constructor(private readonly db: Db) {
    this.recordInTransaction = db.transaction((input: AnswerInput, decide: (input: AnswerInput, context: AnswerContext) => AnswerDecision) => this.recordLocked(input, decide));
    this.revealInTransaction = db.transaction((postId: string, at: Date, award: Awarder) => this.revealLocked(postId, at, award));
    this.sql = {
      insertPost: db.prepare(`INSERT INTO posts (id, platform, workspace_id, channel_id, kind, owner_id, local_date, question_id, topic_id, domain, answer_index, posted_at, closes_at)
        VALUES (@id, @platform, @workspace_id, @channel_id, @kind, @owner_id, @local_date, @question_id, @topic_id, @domain, @answer_index, @posted_at, @closes_at)
        ON CONFLICT DO NOTHING`),
      postById: db.prepare<[string], PostRow>('SELECT * FROM posts WHERE id = ?'),
      dailyPost: db.prepare<[string, string, string, string], PostRow>(`SELECT * FROM posts
        WHERE platform = ? AND workspace_id = ? AND channel_id = ? AND local_date = ? AND kind = 'daily'`),
      previousDaily: db.prepare<[string, string, string, string], { id: string }>(`SELECT id FROM posts
        WHERE platform = ? AND workspace_id = ? AND channel_id = ? AND kind = 'daily' AND local_date < ?
        ORDER BY local_date DESC LIMIT 1`),
      latestDailies: db.prepare<[string, string, string], PostRow>(`SELECT * FROM posts
        WHERE platform = ? AND workspace_id = ? AND channel_id = ? AND kind = 'daily'
        ORDER BY local_date DESC LIMIT 2`),
      answer: db.prepare<[string, string], AnswerRow>('SELECT * FROM answers WHERE post_id = ? AND member_id = ?'),
      insertAnswer: db.prepare(`INSERT INTO answers (post_id, member_id, member_name, platform, workspace_id, channel_id, kind, option_index, correct, topic_id, domain, answered_at, answer_streak, correct_streak)
        VALUES (@post_id, @member_id, @member_name, @platform, @workspace_id, @channel_id, @kind, @option_index, @correct, @topic_id, @domain, @answered_at, @answer_streak, @correct_streak)
        ON CONFLICT (post_id, member_id) DO NOTHING RETURNING *`) as Statement<[Record<string, unknown>], AnswerRow>,
      addScore: db.prepare(`INSERT INTO scores (platform, workspace_id, period, member_id, member_name, points, answered, correct)
        VALUES (@platform, @workspace_id, @period, @member_id, @member_name, @points, 1, @correct)
        ON CONFLICT (platform, workspace_id, period, member_id) DO UPDATE SET
          member_name = excluded.member_name, points = points + excluded.points,
          answered = answered + 1, correct = correct + excluded.correct
        RETURNING points, answered`) as Statement<[Record<string, unknown>], { points: number; answered: number }>,
      countMember: db.prepare<[string, string, string, number, number]>(`INSERT INTO score_counts (platform, workspace_id, period, points, members)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, workspace_id, period, points) DO UPDATE SET members = members + excluded.members`),
      rankOf: db.prepare<[string, string, string, number], { better: number }>(`SELECT COALESCE(SUM(members), 0) AS better FROM score_counts
        WHERE platform = ? AND workspace_id = ? AND period = ? AND points > ?`),
      answersFor: db.prepare<[string], AnswerRow>('SELECT * FROM answers WHERE post_id = ? ORDER BY answered_at, member_name'),
      top: db.prepare<[string, string, string, number], Omit<StandingRow, 'rank'>>(`SELECT member_id, member_name, points, correct, answered
        FROM scores WHERE platform = ? AND workspace_id = ? AND period = ?
        ORDER BY points DESC, member_name COLLATE NOCASE, member_id LIMIT ?`),
      memberCount: db.prepare<[string, string, string], { n: number }>(`SELECT COALESCE(SUM(members), 0) AS n FROM score_counts
        WHERE platform = ? AND workspace_id = ? AND period = ?`),
      standing: db.prepare<[string, string, string, string], Omit<StandingRow, 'rank'>>(`SELECT member_id, member_name, points, correct, answered
        FROM scores WHERE platform = ? AND workspace_id = ? AND period = ? AND member_id = ?`),
      byTopic: db.prepare<[string, string, string, string], { key: string; answered: number; correct: number }>(`SELECT topic_id AS key, COUNT(*) AS answered, SUM(correct) AS correct
        FROM answers WHERE platform = ? AND workspace_id = ? AND member_id = ? AND kind = ? GROUP BY topic_id`),
      byDomain: db.prepare<[string, string, string, string], { key: string; answered: number; correct: number }>(`SELECT domain AS key, COUNT(*) AS answered, SUM(correct) AS correct
        FROM answers WHERE platform = ? AND workspace_id = ? AND member_id = ? AND kind = ? GROUP BY domain`),
      best: db.prepare<[string, string, string, string, string], { answer_best: number | null; correct_best: number | null }>(`SELECT MAX(answer_streak) AS answer_best, MAX(correct_streak) AS correct_best
        FROM answers WHERE platform = ? AND workspace_id = ? AND channel_id = ? AND member_id = ? AND kind = ?`),
      markRevealed: db.prepare<[string, string]>('UPDATE posts SET revealed_at = ? WHERE id = ? AND revealed_at IS NULL'),
      closeNow: db.prepare<[string, string, string]>('UPDATE posts SET closes_at = ? WHERE id = ? AND (closes_at IS NULL OR closes_at > ?)'),
      setMessageRef: db.prepare<[string, string]>('UPDATE posts SET message_ref = ? WHERE id = ?'),
      card: db.prepare<[string, string, string, string], { card: string }>('SELECT card FROM practice_cards WHERE platform = ? AND workspace_id = ? AND member_id = ? AND topic_id = ?'),
      cards: db.prepare<[string, string, string], { topic_id: string; card: string }>('SELECT topic_id, card FROM practice_cards WHERE platform = ? AND workspace_id = ? AND member_id = ?'),
      report: db.prepare(`INSERT INTO question_reports (question_id, text_hash, platform, workspace_id, channel_id, member_id, member_name, reason, reported_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (question_id, text_hash, platform, workspace_id, member_id)
        DO UPDATE SET reason = COALESCE(excluded.reason, reason), reported_at = excluded.reported_at, member_name = excluded.member_name`),
      reportExists: db.prepare<[string, string, string, string, string], { n: number }>(`SELECT COUNT(*) AS n FROM question_reports
        WHERE question_id = ? AND text_hash = ? AND platform = ? AND workspace_id = ? AND member_id = ?`),
      reported: db.prepare<[], { question_id: string; text_hash: string; count: number; reasons: string | null; last_at: string }>(`SELECT question_id, text_hash,
        COUNT(*) AS count, json_group_array(reason) FILTER (WHERE reason IS NOT NULL) AS reasons, MAX(reported_at) AS last_at
        FROM question_reports GROUP BY question_id, text_hash ORDER BY count DESC, last_at DESC`),
      asked: db.prepare<[string, string, string], { question_id: string }>(`SELECT question_id FROM posts
        WHERE platform = ? AND workspace_id = ? AND channel_id = ? AND kind = 'daily'`),
      recent: db.prepare<[string, string, string, number], { topic_id: string }>(`SELECT topic_id FROM posts
        WHERE platform = ? AND workspace_id = ? AND channel_id = ? AND kind = 'daily' ORDER BY local_date DESC LIMIT ?`),
      tallies: db.prepare<[string, string, string], { key: string; answered: number; correct: number }>(`SELECT topic_id AS key, COUNT(*) AS answered, SUM(correct) AS correct
        FROM answers WHERE platform = ? AND workspace_id = ? AND channel_id = ? AND kind = 'daily' GROUP BY topic_id`),
      overdue: db.prepare<[string], { id: string; platform: string; workspace_id: string; channel_id: string; local_date: string; closes_at: string }>(`SELECT id, platform, workspace_id, channel_id, local_date, closes_at FROM posts
        WHERE kind = 'daily' AND revealed_at IS NULL AND closes_at <= ? ORDER BY closes_at`),
      latest: db.prepare<[string, string, string], { id: string; local_date: string; revealed_at: string | null; closes_at: string | null }>(`SELECT id, local_date, revealed_at, closes_at FROM posts
        WHERE platform = ? AND workspace_id = ? AND channel_id = ? AND kind = 'daily' ORDER BY local_date DESC LIMIT 1`),
      // Per topic: first and last post, the latest post's question, and counts (all and since `since`).
      practiceHistory: db.prepare<{ platform: string; workspace: string; member: string; since: string }, { topic_id: string; first_at: string; last_at: string; last_question: string; posts: number; posts_since: number }>(`SELECT topic_id,
          MIN(posted_at) AS first_at, MAX(posted_at) AS last_at, COUNT(*) AS posts, SUM(posted_at >= @since) AS posts_since,
          (SELECT l.question_id FROM posts l WHERE l.platform = p.platform AND l.workspace_id = p.workspace_id AND l.kind = 'practice'
            AND l.owner_id = p.owner_id AND l.topic_id = p.topic_id ORDER BY l.posted_at DESC, l.id DESC LIMIT 1) AS last_question
        FROM posts p WHERE platform = @platform AND workspace_id = @workspace AND kind = 'practice' AND owner_id = @member
        GROUP BY topic_id ORDER BY topic_id`),
      // The member's latest answer per question (a right one wins a tie), kept only when it was wrong.
      mistakes: db.prepare<[string, string, string, number], { question_id: string; topic_id: string; kind: PostKind; option_index: number; answered_at: string }>(`SELECT question_id, topic_id, kind, option_index, answered_at FROM (
          SELECT p.question_id, p.topic_id, a.kind, a.option_index, a.answered_at, a.correct,
            ROW_NUMBER() OVER (PARTITION BY p.question_id ORDER BY a.answered_at DESC, a.correct DESC) AS n
          FROM answers a JOIN posts p ON p.id = a.post_id
          WHERE a.platform = ? AND a.workspace_id = ? AND a.member_id = ?)
        WHERE n = 1 AND correct = 0 ORDER BY answered_at DESC, question_id LIMIT ?`),
      memberHistory: db.prepare<[Record<string, string>], HistoryRow>(HISTORY('a.platform = @platform AND a.workspace_id = @workspace AND a.member_id = @member')),
      // Through the channel's daily posts, like channelAnswers: the recap draws one per channel.
      channelHistory: db.prepare<[Record<string, string>], HistoryRow>(HISTORY(`a.post_id IN (SELECT id FROM posts WHERE platform = @platform AND workspace_id = @workspace
        AND channel_id = @channel AND kind = 'daily' AND local_date >= @first_date AND local_date <= @last_date)`)),
      // Through the channel's daily posts (their one-per-day index) and the answers' primary key: no scan
      // of every answer, so a recap per channel stays cheap however many channels there are.
      channelAnswers: db.prepare<[string, string, string, string, string, string, string], ChannelAnswerRow>(`SELECT a.post_id, p.question_id, a.topic_id, a.member_id, a.member_name,
          a.correct, a.answered_at, a.answer_streak, p.posted_at
        FROM posts p JOIN answers a ON a.post_id = p.id
        WHERE p.platform = ? AND p.workspace_id = ? AND p.channel_id = ? AND p.kind = 'daily' AND p.local_date >= ? AND p.local_date <= ?
          AND a.answered_at >= ? AND a.answered_at < ?
        ORDER BY a.answered_at, a.member_id`),
      saveCard: db.prepare(`INSERT INTO practice_cards (platform, workspace_id, member_id, topic_id, card) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (platform, workspace_id, member_id, topic_id) DO UPDATE SET card = excluded.card`),
    };
  }

  async createPost(post: NewPost): Promise<{ post: PostRecord; created: boolean }> {
    const result = this.sql.insertPost.run({
      id: post.id,
      platform: post.place.platform,
      workspace_id: post.place.workspaceId,
      channel_id: post.place.channelId,
      kind: post.kind,
      owner_id: post.ownerId ?? null,
      local_date: post.localDate ?? null,
      question_id: post.questionId,
      topic_id: post.topicId,
      domain: post.domain,
      answer_index: post.answerIndex,
      posted_at: post.postedAt.toISOString(),
      closes_at: post.closesAt?.toISOString() ?? null,
    });
    if (result.changes === 1) return { post: this.mustGet(post.id), created: true };
    const existing = post.kind === 'daily' && post.localDate
      ? this.sql.dailyPost.get(post.place.platform, post.place.workspaceId, post.place.channelId, post.localDate)
      : this.sql.postById.get(post.id);
    if (!existing) throw new Error(`post ${post.id} was neither inserted nor found`);
    return { post: toPost(existing), created: false };
  }

  async getPost(id: string): Promise<PostRecord | undefined> {
    const row = this.sql.postById.get(id);
    return row ? toPost(row) : undefined;
  }

  async recordAnswer(input: AnswerInput, decide: (input: AnswerInput, context: AnswerContext) => AnswerDecision): Promise<RecordOutcome> {
    // Answers are never deleted, so one found outside the write lock is final: a double click or a
    // retried delivery is answered without queueing for the lock.
    const existing = this.sql.answer.get(input.postId, input.member.id);
    if (existing) return { status: 'duplicate', existing: toAnswer(existing) };
    return this.recordInTransaction.immediate(input, decide);
  }

  /** The facts, the decision and the insert under one write lock, even across processes. */
  private recordLocked(input: AnswerInput, decide: (input: AnswerInput, context: AnswerContext) => AnswerDecision): RecordOutcome {
    const row = this.sql.postById.get(input.postId);
    if (!row) return { status: 'unknown-post' };
    const previousId = row.kind === 'daily' && row.local_date !== null ? this.previousDailyOf(row) : undefined;
    const previous = previousId ? this.sql.answer.get(previousId, input.member.id) : undefined;
    const decision = decide(input, { post: toPost(row), ...(previous ? { previous: toAnswer(previous) } : {}) });
    if (decision.status !== 'accept') return decision;
    const a = decision.answer;
    const stored = this.sql.insertAnswer.get({
      post_id: row.id, member_id: a.memberId, member_name: a.memberName, platform: row.platform,
      workspace_id: row.workspace_id, channel_id: row.channel_id, kind: row.kind, option_index: a.optionIndex,
      correct: a.correct ? 1 : 0, topic_id: row.topic_id, domain: row.domain, answered_at: a.answeredAt.toISOString(),
      answer_streak: a.answerStreak, correct_streak: a.correctStreak,
    });
    if (stored) return { status: 'recorded', answer: toAnswer(stored) };
    // Another process stored this member's answer between the look outside the lock and now.
    const existing = this.sql.answer.get(input.postId, input.member.id);
    if (!existing) throw new Error('answer insert neither stored nor found an answer inside its own write lock');
    return { status: 'duplicate', existing: toAnswer(existing) };
  }

  /** The channel's daily post before this one; fixed once both exist, so it is cached. */
  private previousDailyOf(row: PostRow): string | undefined {
    const cached = this.previousDaily.get(row.id);
    if (cached) return cached;
    const previous = this.sql.previousDaily.get(row.platform, row.workspace_id, row.channel_id, row.local_date ?? '')?.id;
    // Only a found one is kept: an earlier day's post created later (a past day filled in) still counts.
    if (previous) this.previousDaily.set(row.id, previous);
    return previous;
  }

  async answersFor(postId: string): Promise<readonly AnswerRecord[]> {
    return this.sql.answersFor.all(postId).map(toAnswer);
  }

  async leaderboard(scope: Scope, period: Period, now: Date, limit: number, timeZone?: string): Promise<Leaderboard> {
    const key = periodKey(period, now, timeZone);
    const top = this.sql.top.all(scope.platform, scope.workspaceId, key, limit).map((row) => this.ranked(scope, key, row));
    const members = this.sql.memberCount.get(scope.platform, scope.workspaceId, key)?.n ?? 0;
    return { top, members };
  }

  async standingOf(scope: Scope, period: Period, now: Date, memberId: string, timeZone?: string): Promise<Standing | undefined> {
    const key = periodKey(period, now, timeZone);
    const row = this.sql.standing.get(scope.platform, scope.workspaceId, key, memberId);
    return row ? this.ranked(scope, key, row) : undefined;
  }

  /** Members with more points, plus one: equal points share a rank. */
  private ranked(scope: Scope, period: string, row: Omit<StandingRow, 'rank'>): Standing {
    const better = this.sql.rankOf.get(scope.platform, scope.workspaceId, period, row.points)?.better ?? 0;
    return toStanding({ ...row, rank: better + 1 });
  }

  async memberStats(place: Place, memberId: string, kind: PostKind): Promise<MemberFacts> {
    const tally = (rows: { key: string; answered: number; correct: number }[]): Tally[] => rows.map((r) => ({ key: r.key, answered: r.answered, correct: r.correct }));
    const byTopic = tally(this.sql.byTopic.all(place.platform, place.workspaceId, memberId, kind));
    const byDomain = tally(this.sql.byDomain.all(place.platform, place.workspaceId, memberId, kind));
    const best = this.sql.best.get(place.platform, place.workspaceId, place.channelId, memberId, kind);
    const [latest, previous] = kind === 'daily' ? this.sql.latestDailies.all(place.platform, place.workspaceId, place.channelId) : [];
    const onLatest = latest ? this.sql.answer.get(latest.id, memberId) : undefined;
    const onPrevious = previous ? this.sql.answer.get(previous.id, memberId) : undefined;
    return {
      byTopic,
      byDomain,
      streaks: {
        latestOpen: latest !== undefined && latest.revealed_at === null,
        ...(onLatest ? { onLatest: toAnswer(onLatest) } : {}),
        ...(onPrevious ? { onPrevious: toAnswer(onPrevious) } : {}),
        answerBest: best?.answer_best ?? 0,
        correctBest: best?.correct_best ?? 0,
      },
    };
  }

  async markRevealed(postId: string, at: Date, award: Awarder): Promise<boolean> {
    return this.revealInTransaction.immediate(postId, at, award);
  }

  /**
   * The reveal mark and the points it awards in one transaction, so they count exactly once and the
   * leaderboard never hints at an answer while the question is open.
   */
  private revealLocked(postId: string, at: Date, award: Awarder): boolean {
    if (this.sql.markRevealed.run(at.toISOString(), postId).changes !== 1) return false;
    const post = this.sql.postById.get(postId);
    if (!post) return true;
    const awards = award(toPost(post), this.sql.answersFor.all(postId).map(toAnswer));
    for (const a of awards) {
      for (const period of a.periods) {
        const after = this.sql.addScore.get({
          platform: post.platform, workspace_id: post.workspace_id, period, member_id: a.memberId,
          member_name: a.memberName, points: a.points, correct: a.correct ? 1 : 0,
        });
        if (!after) throw new Error('score upsert returned nothing');
        // Keep the per-score member counts in step: a newcomer joins a score, a scorer moves up.
        const count = (points: number, change: number) => this.sql.countMember.run(post.platform, post.workspace_id, period, points, change);
        if (after.answered === 1) count(after.points, 1);
        else if (a.points > 0) {
          count(after.points - a.points, -1);
          count(after.points, 1);
        }
      }
    }
    return true;
  }

  async closeNow(postId: string, at: Date): Promise<void> {
    const iso = at.toISOString();
    this.sql.closeNow.run(iso, postId, iso);
  }

  async setMessageRef(postId: string, messageRef: string): Promise<void> {
    this.sql.setMessageRef.run(messageRef, postId);
  }

  async practiceCard(scope: Scope, memberId: string, topicId: string): Promise<string | undefined> {
    return this.sql.card.get(scope.platform, scope.workspaceId, memberId, topicId)?.card;
  }

  async practiceCards(scope: Scope, memberId: string): Promise<ReadonlyMap<string, string>> {
    return new Map(this.sql.cards.all(scope.platform, scope.workspaceId, memberId).map((r) => [r.topic_id, r.card]));
  }

  async savePracticeCard(scope: Scope, memberId: string, topicId: string, card: string): Promise<void> {
    this.sql.saveCard.run(scope.platform, scope.workspaceId, memberId, topicId, card);
  }

  async practiceHistory(scope: Scope, memberId: string, since: Date): Promise<readonly PracticeTopicHistory[]> {
    return this.sql.practiceHistory.all({ platform: scope.platform, workspace: scope.workspaceId, member: memberId, since: since.toISOString() }).map((r) => ({
      topicId: r.topic_id, firstPostedAt: new Date(r.first_at), lastPostedAt: new Date(r.last_at), lastQuestionId: r.last_question,
      posts: r.posts, postsSince: r.posts_since,
    }));
  }

  async mistakes(scope: Scope, memberId: string, limit: number): Promise<readonly Mistake[]> {
    return this.sql.mistakes.all(scope.platform, scope.workspaceId, memberId, limit).map((r) => ({
      questionId: r.question_id, topicId: r.topic_id, kind: r.kind, optionIndex: r.option_index, answeredAt: new Date(r.answered_at),
    }));
  }

  async reportQuestion(report: QuestionReport): Promise<{ first: boolean }> {
    const { place, member } = report;
    const key = [report.questionId, report.textHash, place.platform, place.workspaceId, member.id] as const;
    return this.db.transaction(() => {
      const first = (this.sql.reportExists.get(...key)?.n ?? 0) === 0;
      this.sql.report.run(report.questionId, report.textHash, place.platform, place.workspaceId, place.channelId, member.id, member.name,
        report.reason ?? null, report.reportedAt.toISOString());
      return { first };
    })();
  }

  async reportedQuestions(): Promise<readonly ReportedQuestion[]> {
    return this.sql.reported.all().map((r) => ({
      questionId: r.question_id,
      textHash: r.text_hash,
      count: r.count,
      reasons: r.reasons ? (JSON.parse(r.reasons) as string[]) : [],
      lastReportedAt: new Date(r.last_at),
    }));
  }

  async askedQuestionIds(place: Place): Promise<ReadonlySet<string>> {
    return new Set(this.sql.asked.all(place.platform, place.workspaceId, place.channelId).map((r) => r.question_id));
  }

  async recentTopics(place: Place, count: number): Promise<readonly string[]> {
    return this.sql.recent.all(place.platform, place.workspaceId, place.channelId, count).map((r) => r.topic_id);
  }

  async channelTopicTallies(place: Place): Promise<readonly Tally[]> {
    return this.sql.tallies.all(place.platform, place.workspaceId, place.channelId);
  }

  async memberDomainHistory(scope: Scope, memberId: string, boundaries: readonly Date[]): Promise<readonly PeriodTally[]> {
    if (!usableBoundaries(boundaries)) return [];
    return this.sql.memberHistory.all({ ...edgesOf(boundaries), platform: scope.platform, workspace: scope.workspaceId, member: memberId });
  }

  async channelDailyHistory(place: Place, boundaries: readonly Date[]): Promise<readonly PeriodTally[]> {
    if (!usableBoundaries(boundaries)) return [];
    const dates = postDatesFor(boundaries[0] ?? new Date(0), boundaries.at(-1) ?? new Date(0));
    return this.sql.channelHistory.all({ ...edgesOf(boundaries), platform: place.platform, workspace: place.workspaceId, channel: place.channelId, first_date: dates.first, last_date: dates.last });
  }

  async channelDailyAnswers(place: Place, from: Date, to: Date): Promise<readonly ChannelAnswer[]> {
    const dates = postDatesFor(from, to);
    return this.sql.channelAnswers.all(place.platform, place.workspaceId, place.channelId, dates.first, dates.last, from.toISOString(), to.toISOString()).map((r) => ({
      postId: r.post_id, questionId: r.question_id, topicId: r.topic_id, memberId: r.member_id, memberName: r.member_name,
      correct: r.correct === 1, answeredAt: new Date(r.answered_at), answerStreak: r.answer_streak, postedAt: new Date(r.posted_at),
    }));
  }

  async overdueReveals(now: Date): Promise<readonly OpenDailyPost[]> {
    return this.sql.overdue.all(now.toISOString()).map((r) => ({
      postId: r.id, place: placeOf(r), localDate: r.local_date, closesAt: new Date(r.closes_at),
    }));
  }

  async latestDaily(place: Place): Promise<LatestDaily | undefined> {
    const row = this.sql.latest.get(place.platform, place.workspaceId, place.channelId);
    if (!row) return undefined;
    return {
      postId: row.id,
      localDate: row.local_date,
      ...(row.revealed_at ? { revealedAt: new Date(row.revealed_at) } : {}),
      ...(row.closes_at ? { closesAt: new Date(row.closes_at) } : {}),
    };
  }

  private mustGet(id: string): PostRecord {
    const row = this.sql.postById.get(id);
    if (!row) throw new Error(`post ${id} missing right after insert`);
    return toPost(row);
  }
}

/** The named parameters every history query takes; the outer range lets the member index narrow the scan. */
function edgesOf(boundaries: readonly Date[]): { edges: string; first: string; last: string } {
  const iso = boundaries.map((b) => b.toISOString());
  return { edges: JSON.stringify(iso), first: iso[0] ?? '', last: iso.at(-1) ?? '' };
}
