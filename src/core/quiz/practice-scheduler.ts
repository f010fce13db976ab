import { createEmptyCard, fsrs, Rating, type Card, type CardInput } from 'ts-fsrs';

// Fuzz off: the same history always gives the same schedule, which tests and members can rely on.
const scheduler = fsrs({ enable_fuzz: false });

export function serializeCard(card: Card): string {
  return JSON.stringify(card);
}

export function parseCard(json: string): Card | undefined {
  try {
    const raw = JSON.parse(json) as CardInput;
    return { ...raw, due: new Date(raw.due), last_review: raw.last_review ? new Date(raw.last_review) : undefined } as Card;
  } catch {
    return undefined;
  }
}

/** The card after a practice answer: a right answer is "Good", a wrong one "Again". */
export function review(previous: string | undefined, correct: boolean, now: Date): Card {
  const card: Card = (previous ? parseCard(previous) : undefined) ?? createEmptyCard<Card>(now);
  return scheduler.next(card, now, correct ? Rating.Good : Rating.Again).card;
}
