import { createEmptyCard, fsrs, Rating, type Card, type CardInput } from 'ts-fsrs';
import type { Tally } from './quiz-store.js';

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

/** Below this practice accuracy a topic counts as weak. */
const WEAK_ACCURACY = 0.8;
/** A weak topic just practised waits this long, so practice interleaves instead of drilling one topic. */
const WEAK_COOLDOWN_MS = 60 * 60_000;

/**
 * Which topic to practise next: topics due for review first (most overdue first), then weak ones
 * (lowest accuracy first), then ones never practised, then whichever comes due soonest.
 */
export function nextPracticeTopic(
  candidates: readonly string[],
  cards: ReadonlyMap<string, string>,
  practice: readonly Tally[],
  now: Date,
): { topicId: string; reason: 'due' | 'weak' | 'new' | 'ahead' } | undefined {
  const parsed = candidates.flatMap((id) => {
    const json = cards.get(id);
    const card = json ? parseCard(json) : undefined;
    return card ? [{ id, card }] : [];
  });
  const due = parsed.filter((c) => c.card.due.getTime() <= now.getTime()).sort((a, b) => a.card.due.getTime() - b.card.due.getTime());
  if (due[0]) return { topicId: due[0].id, reason: 'due' };

  const accuracy = new Map(practice.map((t) => [t.key, t.answered > 0 ? t.correct / t.answered : 1]));
  const lastReview = new Map(parsed.map((c) => [c.id, c.card.last_review?.getTime() ?? 0]));
  const weak = candidates
    .filter((id) => cards.has(id) && (accuracy.get(id) ?? 1) < WEAK_ACCURACY && now.getTime() - (lastReview.get(id) ?? 0) >= WEAK_COOLDOWN_MS)
    .sort((a, b) => (accuracy.get(a) ?? 1) - (accuracy.get(b) ?? 1));
  if (weak[0]) return { topicId: weak[0], reason: 'weak' };

  const fresh = candidates.filter((id) => !cards.has(id));
  if (fresh.length > 0) {
    // Rotate through new topics by how much has been practised, so members don't all start alike.
    const done = practice.reduce((sum, t) => sum + t.answered, 0);
    const pick = fresh[done % fresh.length];
    if (pick) return { topicId: pick, reason: 'new' };
  }
  const soonest = [...parsed].sort((a, b) => a.card.due.getTime() - b.card.due.getTime())[0];
  return soonest ? { topicId: soonest.id, reason: 'ahead' } : undefined;
}
