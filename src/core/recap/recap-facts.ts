import { POINTS_PER_CORRECT } from '../quiz/answer-rules.js';
import type { ChannelAnswer } from '../quiz/quiz-store.js';

export interface TopicWeek { readonly topicId: string; readonly answered: number; readonly correct: number }

export interface Mover {
  readonly name: string;
  readonly points: number;
  readonly pointsGain: number;
  readonly accuracy: number;
  /** Accuracy the week before; undefined when the member did not answer then. */
  readonly accuracyBefore?: number;
}

export interface Streak { readonly name: string; readonly days: number }

export interface HardestQuestion { readonly questionId: string; readonly topicId: string; readonly answered: number; readonly correct: number }

/** What a channel's week of daily answers says, before any wording. */
export interface RecapFacts {
  readonly answers: number;
  readonly members: number;
  readonly correct: number;
  readonly weakest: readonly TopicWeek[];
  readonly movers: readonly Mover[];
  readonly streaks: readonly Streak[];
  readonly hardest?: HardestQuestion;
}

const SHOWN = 3;
/** A streak of one is just an answer; two in a row is worth a mention. */
const MIN_STREAK = 2;

const share = (correct: number, answered: number) => (answered === 0 ? 0 : correct / answered);

/** Sums answers by a key, keeping the first answer's name (the member's, for member keys). */
function tally(answers: readonly ChannelAnswer[], keyOf: (a: ChannelAnswer) => string) {
  const out = new Map<string, { answered: number; correct: number; first: ChannelAnswer }>();
  for (const a of answers) {
    const t = out.get(keyOf(a)) ?? { answered: 0, correct: 0, first: a };
    out.set(keyOf(a), { answered: t.answered + 1, correct: t.correct + (a.correct ? 1 : 0), first: t.first });
  }
  return out;
}

/**
 * The week in numbers: counts and accuracy, the topics the group got wrong most (only topics with a
 * wrong answer: a perfect week has no weak spots to send anyone to), the question the fewest got right,
 * who climbed most against the week before, and the streaks still alive at the week's last question.
 */
export function recapFacts(week: readonly ChannelAnswer[], weekBefore: readonly ChannelAnswer[]): RecapFacts {
  const byMember = tally(week, (a) => a.memberId);
  const before = tally(weekBefore, (a) => a.memberId);
  const correct = week.filter((a) => a.correct).length;

  const weakest = [...tally(week, (a) => a.topicId)]
    .map(([topicId, t]) => ({ topicId, answered: t.answered, correct: t.correct }))
    .filter((t) => t.correct < t.answered)
    .sort((a, b) => share(a.correct, a.answered) - share(b.correct, b.answered) || b.answered - a.answered || a.topicId.localeCompare(b.topicId))
    .slice(0, SHOWN);

  const hardest = [...tally(week, (a) => a.postId).values()]
    .sort((a, b) => share(a.correct, a.answered) - share(b.correct, b.answered) || b.answered - a.answered || a.first.postedAt.getTime() - b.first.postedAt.getTime())
    .map((t) => ({ questionId: t.first.questionId, topicId: t.first.topicId, answered: t.answered, correct: t.correct }))[0];

  const movers = [...byMember].map(([memberId, t]) => {
    const then = before.get(memberId);
    const points = t.correct * POINTS_PER_CORRECT;
    const accuracy = share(t.correct, t.answered);
    return {
      name: t.first.memberName, points, pointsGain: points - (then?.correct ?? 0) * POINTS_PER_CORRECT, accuracy,
      ...(then ? { accuracyBefore: share(then.correct, then.answered) } : {}),
    };
  })
    .filter((m) => m.pointsGain > 0 || (m.accuracyBefore !== undefined && m.accuracy > m.accuracyBefore))
    .sort((a, b) => b.pointsGain - a.pointsGain || (b.accuracy - (b.accuracyBefore ?? 0)) - (a.accuracy - (a.accuracyBefore ?? 0)) || a.name.localeCompare(b.name))
    .slice(0, SHOWN);

  // Streaks run through the channel's latest question of the week: whoever answered it still has one.
  const lastPosted = Math.max(...week.map((a) => a.postedAt.getTime()));
  const streaks = week.filter((a) => a.postedAt.getTime() === lastPosted && a.answerStreak >= MIN_STREAK)
    .map((a) => ({ name: a.memberName, days: a.answerStreak }))
    .sort((a, b) => b.days - a.days || a.name.localeCompare(b.name))
    .slice(0, SHOWN);

  return { answers: week.length, members: byMember.size, correct, weakest, movers, streaks, ...(hardest ? { hardest } : {}) };
}
