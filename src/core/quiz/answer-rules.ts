import { boardPeriodKeys } from './board-periods.js';
import type { AnswerInput, AnswerRecord, PostRecord, Streaks } from './quiz-store.js';

/**
 * The quiz rules, in one place for every store: when an answer is accepted, whether it is right, how
 * streaks grow, and what the reveal awards. A store loads the facts and makes the change atomic; it
 * decides nothing itself.
 */

/** Points for a correct answer to a channel question; every reply that mentions points reads this. */
export const POINTS_PER_CORRECT = 10;

/** What a store knows about an answer before it is written, inside its unit of work. */
export interface AnswerContext {
  readonly post: PostRecord;
  /** The member's answer to the channel's previous daily question, if any (for streaks). */
  readonly previous?: AnswerRecord;
}

export type AnswerDecision =
  | { readonly status: 'closed' }
  | { readonly status: 'not-yours' }
  | { readonly status: 'accept'; readonly answer: AnswerRecord };

/**
 * A first answer to a post: refused when the post is closed or is someone else's practice question;
 * otherwise marked right or wrong, with the streaks it extends.
 */
export function decideAnswer(input: AnswerInput, { post, previous }: AnswerContext): AnswerDecision {
  if (post.kind === 'practice' && post.ownerId !== input.member.id) return { status: 'not-yours' };
  const closed = post.revealedAt !== undefined || (post.closesAt !== undefined && input.answeredAt >= post.closesAt);
  if (closed) return { status: 'closed' };
  const correct = input.optionIndex === post.answerIndex;
  const daily = post.kind === 'daily' && post.localDate !== undefined;
  const answerStreak = daily && previous ? previous.answerStreak + 1 : 1;
  const correctStreak = !correct ? 0 : daily && previous ? previous.correctStreak + 1 : 1;
  return {
    status: 'accept',
    answer: {
      postId: post.id, memberId: input.member.id, memberName: input.member.name, optionIndex: input.optionIndex,
      correct, answeredAt: input.answeredAt, answerStreak, correctStreak,
    },
  };
}

/** What one answer earns at the reveal, counted in each period (week, month, all time) it falls in. */
export interface Award {
  readonly memberId: string;
  readonly memberName: string;
  readonly answeredAt: Date;
  readonly points: number;
  readonly correct: boolean;
  /** The boards it counts on: all time, and the week and month of the answer in the channel's zone. */
  readonly periods: readonly string[];
}

/**
 * Points are awarded at the reveal of a daily question, never for practice; each counts on the week
 * and month its answer fell in, in the channel's timezone (`timeZone`, UTC when not given).
 */
export function awardsAtReveal(post: PostRecord, answers: readonly AnswerRecord[], timeZone = 'UTC'): Award[] {
  if (post.kind !== 'daily') return [];
  return answers.map((a) => ({
    memberId: a.memberId, memberName: a.memberName, answeredAt: a.answeredAt, correct: a.correct,
    points: a.correct ? POINTS_PER_CORRECT : 0, periods: boardPeriodKeys(a.answeredAt, timeZone),
  }));
}

/** The award rule of a channel whose boards roll over in `timeZone`. */
export const awardsIn = (timeZone: string) => (post: PostRecord, answers: readonly AnswerRecord[]): Award[] => awardsAtReveal(post, answers, timeZone);

/** What a store knows about a member's daily streaks in a channel. */
export interface StreakFacts {
  /** Whether the channel's latest daily question is still open for answers. */
  readonly latestOpen: boolean;
  readonly onLatest?: AnswerRecord;
  readonly onPrevious?: AnswerRecord;
  readonly answerBest: number;
  readonly correctBest: number;
}

/**
 * A streak is alive if the member answered the latest question, or the one before while the latest is
 * still open for answers.
 */
export function currentStreaks(facts: StreakFacts): Streaks {
  const alive = facts.onLatest ?? (facts.latestOpen ? facts.onPrevious : undefined);
  return {
    answerCurrent: alive?.answerStreak ?? 0,
    answerBest: facts.answerBest,
    correctCurrent: alive?.correctStreak ?? 0,
    correctBest: facts.correctBest,
  };
}
