import type { Place } from '../request.js';

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

export interface Scope {
  readonly platform: string;
  readonly workspaceId: string;
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

export interface QuizStore {
  /** Inserts the post; a second daily post for the same channel and date returns the first one. */
  createPost(post: NewPost): { readonly post: PostRecord; readonly created: boolean };
  getPost(id: string): PostRecord | undefined;
  /** First answer wins: a second one for the same post and member is reported, never stored. */
  recordAnswer(input: AnswerInput): RecordOutcome;
  answersFor(postId: string): readonly AnswerRecord[];
  leaderboard(scope: Scope, period: Period, now: Date, limit: number): Leaderboard;
  standingOf(scope: Scope, period: Period, now: Date, memberId: string): Standing | undefined;
  /**
   * Accuracy across the workspace and streaks in the place's channel, for daily questions (`kind`
   * daily) or personal practice (`kind` practice).
   */
  memberStats(place: Place, memberId: string, kind: PostKind): MemberStats;
  /**
   * Records that the reveal reached the channel (or was skipped) and awards the points of a daily
   * question, in one transaction; false when it already was revealed.
   */
  markRevealed(postId: string, at: Date): boolean;
  /** Ends the answer window now (an early reveal); later answers are refused as closed. */
  closeNow(postId: string, at: Date): void;
  setMessageRef(postId: string, messageRef: string): void;
  practiceCard(scope: Scope, memberId: string, topicId: string): string | undefined;
  practiceCards(scope: Scope, memberId: string): ReadonlyMap<string, string>;
  savePracticeCard(scope: Scope, memberId: string, topicId: string, card: string): void;
  /** Stores a report; a member's second report of the same text replaces the reason when it gives one. */
  reportQuestion(report: QuestionReport): { readonly first: boolean };
  /** Every reported question text, most reported first. */
  reportedQuestions(): readonly ReportedQuestion[];
}
