import type { Tally } from '../quiz/quiz-store.js';
import type { ExamItem } from './exam-store.js';

/** The CLF-C02 reports 100 to 1,000 and passes at 700. */
export const SCALED_MIN = 100;
export const SCALED_MAX = 1000;
export const PASSING_SCORE = 700;

export interface ExamScore {
  readonly correct: number;
  readonly total: number;
  readonly answered: number;
  /** 0 to 100, rounded. */
  readonly percent: number;
  /**
   * A plain linear map of the share correct onto 100..1,000. AWS scales with a model it does not
   * publish (and includes unscored items), so this is an estimate and is labelled as one.
   */
  readonly scaled: number;
  readonly passed: boolean;
  readonly byDomain: readonly Tally[];
  readonly byTopic: readonly Tally[];
}

/** Tallies of every item (an unanswered item counts as a miss, as on the real exam). */
function tallies(items: readonly ExamItem[], key: (item: ExamItem) => string): Tally[] {
  const by = new Map<string, { answered: number; correct: number }>();
  for (const item of items) {
    const t = by.get(key(item)) ?? { answered: 0, correct: 0 };
    by.set(key(item), { answered: t.answered + 1, correct: t.correct + (item.correct ? 1 : 0) });
  }
  return [...by.entries()].map(([k, t]) => ({ key: k, ...t }));
}

export function scoreExam(items: readonly ExamItem[]): ExamScore {
  const total = items.length;
  const correct = items.filter((i) => i.correct === true).length;
  const share = total === 0 ? 0 : correct / total;
  const scaled = Math.round(SCALED_MIN + (SCALED_MAX - SCALED_MIN) * share);
  return {
    correct,
    total,
    answered: items.filter((i) => i.choiceIndex !== undefined).length,
    percent: Math.round(100 * share),
    scaled,
    passed: scaled >= PASSING_SCORE,
    byDomain: tallies(items, (i) => i.domain),
    byTopic: tallies(items, (i) => i.topicId),
  };
}
