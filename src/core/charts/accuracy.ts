import type { PeriodTally } from '../quiz/quiz-store.js';

/** Whole percent right, or null when nothing was answered (a gap in the chart, not a zero). */
export function percentRight(answered: number, correct: number): number | null {
  return answered > 0 ? Math.round((100 * correct) / answered) : null;
}

/** Adds up the tallies that `pick` keeps. */
export function sumTallies(tallies: readonly PeriodTally[], pick: (t: PeriodTally) => boolean): { answered: number; correct: number } {
  let answered = 0;
  let correct = 0;
  for (const t of tallies) {
    if (!pick(t)) continue;
    answered += t.answered;
    correct += t.correct;
  }
  return { answered, correct };
}
