import type { Place } from '../request.js';
import type { AnswerContext, AnswerDecision, Award, StreakFacts } from './answer-rules.js';

/**
 * The port through which quiz rules keep state. src/store/sqlite-quiz-store.ts is the real one (and the
 * one tests use, on a temp file or :memory:). Every method is atomic.
 */

export type PostKind = 'daily' | 'practice';

export interface NewPost {
  readonly id: string;
  readonly place: Place;
  readonly kind: PostKind;
  /** Practice questions belong to one member; daily questions to the channel. */
  readonly ownerId?: string;
  /** Daily questions: the channel's local date (YYYY-MM-DD); one daily post per channel per date. */
  readonly localDate?: string;
  readonly questionId: string;
  readonly topicId: string;
  readonly domain: string;
  readonly answerIndex: number;
  readonly postedAt: Date;
  readonly closesAt?: Date;
}

export interface PostRecord extends NewPost {
  readonly revealedAt?: Date;
  /** The platform's id of the message that shows the question, once sent. */
  readonly messageRef?: string;
}

export interface Member {
  readonly id: string;
  readonly name: string;
}

export interface AnswerInput {
  readonly postId: string;
  readonly member: Member;
  readonly optionIndex: number;
  readonly answeredAt: Date;
}

export interface AnswerRecord {
  readonly postId: string;
  readonly memberId: string;
  readonly memberName: string;
  readonly optionIndex: number;
  readonly correct: boolean;
  readonly answeredAt: Date;
  /** Consecutive daily questions of this channel answered, ending with this one. */
  readonly answerStreak: number;
  /** Consecutive correct daily answers in this channel, ending with this one (0 if wrong). */
  readonly correctStreak: number;
}

export type RecordOutcome =
  | { readonly status: 'recorded'; readonly answer: AnswerRecord }
  | { readonly status: 'duplicate'; readonly existing: AnswerRecord }
  | { readonly status: 'closed' }
  | { readonly status: 'unknown-post' }
  | { readonly status: 'not-yours' };

export type Period = 'week' | 'month' | 'all';

export interface Standing {
  readonly memberId: string;
  readonly memberName: string;
  readonly points: number;
  readonly correct: number;
  readonly answered: number;
  /** Members with equal points share a rank (1, 2, 2, 4). */
  readonly rank: number;
}

export interface Leaderboard {
  readonly top: readonly Standing[];
  /** How many members have a score in this period. */
  readonly members: number;
}

export interface Tally {
  readonly key: string;
  readonly answered: number;
  readonly correct: number;
}

export interface Streaks {
  readonly answerCurrent: number;
  readonly answerBest: number;
  readonly correctCurrent: number;
  readonly correctBest: number;
}

export interface MemberStats {
  readonly byTopic: readonly Tally[];
  readonly byDomain: readonly Tally[];
  readonly streaks: Streaks;
}

/** What the store knows of a member's answers; the core turns the streak facts into current streaks. */
export interface MemberFacts {
  readonly byTopic: readonly Tally[];
  readonly byDomain: readonly Tally[];
  readonly streaks: StreakFacts;
}

/** Answers in one period of a series (a week, a day) and one exam domain. */
export interface PeriodTally {
  /** Index of the period: answers from boundaries[period] (inclusive) to boundaries[period + 1]. */
  readonly period: number;
  readonly domain: string;
  readonly answered: number;
  readonly correct: number;
}

/** One answer to a channel's daily question, with what the weekly recap needs to know of its question. */
export interface ChannelAnswer {
  readonly postId: string;
  readonly questionId: string;
  readonly topicId: string;
  readonly memberId: string;
  readonly memberName: string;
  readonly correct: boolean;
  readonly answeredAt: Date;
  /** Consecutive daily questions of the channel this member answered, ending with this one. */
  readonly answerStreak: number;
  /** When the question was posted: the week's latest question is the one that keeps streaks current. */
  readonly postedAt: Date;
}

/** A channel's daily question whose answer window has ended and that is not revealed yet. */
export interface OpenDailyPost {
  readonly postId: string;
  readonly place: Place;
  readonly localDate: string;
  readonly closesAt: Date;
}

export interface LatestDaily {
  readonly postId: string;
  readonly localDate: string;
  readonly revealedAt?: Date;
  readonly closesAt?: Date;
}

export interface Scope {
  readonly platform: string;
  readonly workspaceId: string;
}

/** A member's practice on one topic: what the picker needs to count new topics and rotate questions. */
export interface PracticeTopicHistory {
  readonly topicId: string;
  /** The member's first practice post on this topic: when the topic was "started". */
  readonly firstPostedAt: Date;
  readonly lastPostedAt: Date;
  /** The question of the latest practice post on this topic (ties at one instant: any of them). */
  readonly lastQuestionId: string;
  /** Practice posts on this topic, all time and since the `since` instant given to the query. */
  readonly posts: number;
  readonly postsSince: number;
}

/** A question whose latest answer by the member was wrong. */
export interface Mistake {
  readonly questionId: string;
  readonly topicId: string;
  readonly kind: PostKind;
  readonly optionIndex: number;
  readonly answeredAt: Date;
}

/** A member's report that a question is wrong, for the text the member saw. */
export interface QuestionReport {
  readonly questionId: string;
  /** A hash of the question's whole text; a fixed question gets a new one and may be asked again. */
  readonly textHash: string;
  readonly place: Place;
  readonly member: Member;
  readonly reason?: string;
  readonly reportedAt: Date;
}

export interface ReportedQuestion {
  readonly questionId: string;
  readonly textHash: string;
  /** Members who reported it. */
  readonly count: number;
  readonly reasons: readonly string[];
  readonly lastReportedAt: Date;
}

/**
 * The port through which quiz rules keep state. It persists and makes each change atomic; the rules
 * themselves (src/core/quiz/answer-rules.ts) are passed in and run inside the store's unit of work, so
 * every store applies the same rules and none has its own.
 */
export interface QuizStore {
  /** Inserts the post; a second daily post for the same channel and date returns the first one. */
  createPost(post: NewPost): Promise<{ readonly post: PostRecord; readonly created: boolean }>;
  getPost(id: string): Promise<PostRecord | undefined>;
  /**
   * First answer wins. In one unit of work: loads the post, the member's answer to it (a second one
   * is reported, never stored) and to the channel's previous daily question, asks `decide`, and stores
   * the answer it accepts.
   */
  recordAnswer(input: AnswerInput, decide: (input: AnswerInput, context: AnswerContext) => AnswerDecision): Promise<RecordOutcome>;
  answersFor(postId: string): Promise<readonly AnswerRecord[]>;
  /** The board of `period` as it stands at `now`; week and month are those of `timeZone` (default UTC). */
  leaderboard(scope: Scope, period: Period, now: Date, limit: number, timeZone?: string): Promise<Leaderboard>;
  standingOf(scope: Scope, period: Period, now: Date, memberId: string, timeZone?: string): Promise<Standing | undefined>;
  /**
   * Accuracy across the workspace and streak facts in the place's channel, for daily questions (`kind`
   * daily) or personal practice (`kind` practice).
   */
  memberStats(place: Place, memberId: string, kind: PostKind): Promise<MemberFacts>;
  /**
   * Records that the reveal reached the channel (or was skipped) and adds the points `award` gives each
   * answer, in one unit of work; false when it already was revealed.
   */
  markRevealed(postId: string, at: Date, award: (post: PostRecord, answers: readonly AnswerRecord[]) => readonly Award[]): Promise<boolean>;
  /** Ends the answer window now (an early reveal); later answers are refused as closed. */
  closeNow(postId: string, at: Date): Promise<void>;
  setMessageRef(postId: string, messageRef: string): Promise<void>;
  practiceCard(scope: Scope, memberId: string, topicId: string): Promise<string | undefined>;
  practiceCards(scope: Scope, memberId: string): Promise<ReadonlyMap<string, string>>;
  savePracticeCard(scope: Scope, memberId: string, topicId: string, card: string): Promise<void>;
  /** The member's practice posts in the workspace, one entry per topic, in no particular order. */
  practiceHistory(scope: Scope, memberId: string, since: Date): Promise<readonly PracticeTopicHistory[]>;
  /**
   * Questions (daily or practice, in the workspace) whose latest answer by the member is wrong, most
   * recently answered first; a question answered right since is not one. At most `limit`.
   */
  mistakes(scope: Scope, memberId: string, limit: number): Promise<readonly Mistake[]>;
  /** Stores a report; a member's second report of the same text replaces the reason when it gives one. */
  reportQuestion(report: QuestionReport): Promise<{ readonly first: boolean }>;
  /** Every reported question text, most reported first. */
  reportedQuestions(): Promise<readonly ReportedQuestion[]>;
  /** Question ids already posted as daily questions in this channel. */
  askedQuestionIds(place: Place): Promise<ReadonlySet<string>>;
  /** Topic ids of the channel's latest daily questions, newest first. */
  recentTopics(place: Place, count: number): Promise<readonly string[]>;
  /** How the channel did per topic on daily questions. */
  channelTopicTallies(place: Place): Promise<readonly Tally[]>;
  /**
   * A member's answers across the workspace (daily and practice together) by when they were given,
   * per period and domain, for progress charts. `boundaries` are ascending instants; answers before
   * the first or from the last on are left out. Only periods and domains with answers are returned,
   * ordered by period, then domain.
   */
  memberDomainHistory(scope: Scope, memberId: string, boundaries: readonly Date[]): Promise<readonly PeriodTally[]>;
  /** The channel's answers to its daily questions, per period and domain, like memberDomainHistory. */
  channelDailyHistory(place: Place, boundaries: readonly Date[]): Promise<readonly PeriodTally[]>;
  /**
   * Every answer to the channel's daily questions given from `from` (inclusive) to `to` (exclusive), for
   * the weekly recap; ordered by when it was given, then member id. (Answers come within a day of their
   * question, so a store may look only at questions posted from a few days before `from`.)
   */
  channelDailyAnswers(place: Place, from: Date, to: Date): Promise<readonly ChannelAnswer[]>;
  /** Daily posts still open (not revealed) whose answer window has ended by `now`. */
  overdueReveals(now: Date): Promise<readonly OpenDailyPost[]>;
  latestDaily(place: Place): Promise<LatestDaily | undefined>;
}
