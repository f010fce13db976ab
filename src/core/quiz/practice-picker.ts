import { parseCard } from './practice-scheduler.js';
import type { PracticeTopicHistory, Tally } from './quiz-store.js';

/** New topics a member starts per day unless their settings say otherwise (Anki's default is 20 cards; ours are whole topics). */
export const DEFAULT_NEW_PER_DAY = 5;
/** Below this practice accuracy a topic counts as weak. */
const WEAK_ACCURACY = 0.8;

/** What the member did in practice today, in their own day. */
export interface PracticeDay {
  /** Topics whose first practice question was asked today. */
  readonly newToday: number;
  /** Every other practice question asked today. */
  readonly reviewsToday: number;
}

export interface PickInput {
  /** Topics that have practice questions. */
  readonly candidates: readonly string[];
  /** The member's FSRS cards by topic (serialized). A topic with a card has been answered at least once. */
  readonly cards: ReadonlyMap<string, string>;
  readonly practice: readonly Tally[];
  readonly history: readonly PracticeTopicHistory[];
  readonly now: Date;
  /** Midnight of the member's current day (in their timezone). */
  readonly dayStart: Date;
  /** How many new topics the member may start today. */
  readonly newPerDay: number;
  /** `/aws quiz more`: the member wants to go on after today's practice is done. */
  readonly more: boolean;
}

export type PracticeReason = 'due' | 'weak' | 'new' | 'ahead';

export type PracticePick =
  | { readonly kind: 'topic'; readonly topicId: string; readonly reason: PracticeReason }
  | { readonly kind: 'done'; readonly day: PracticeDay; readonly nextDue?: Date };

/** Today's new topics and reviews, counted from the practice posts since `dayStart`. */
export function practiceDay(history: readonly PracticeTopicHistory[], dayStart: Date): PracticeDay {
  const started = history.filter((h) => h.firstPostedAt.getTime() >= dayStart.getTime()).length;
  const asked = history.reduce((sum, h) => sum + h.postsSince, 0);
  return { newToday: started, reviewsToday: asked - started };
}

/**
 * Which topic to practise next, Anki style: reviews (topics due, most overdue first, then weak spots
 * not yet practised today, weakest first) interleaved with up to `newPerDay` new topics a day.
 *
 * The interleaving rule: while both are available, a new topic comes whenever today's new topics do
 * not outnumber today's reviews, so a day goes new, review, new, review... Starting with a new topic
 * is deliberate: with only three questions a day a member still meets two new topics, so practice
 * moves forward, while every other question is a review, so nothing due is left to go stale.
 * When the new limit is reached only reviews come; when those run out too, practice is done for today
 * (`more` goes on: one more new topic if any is left, else the review that comes due soonest).
 */
export function pickPractice(input: PickInput): PracticePick {
  const { candidates, cards, now, dayStart } = input;
  const day = practiceDay(input.history, dayStart);
  const history = new Map(input.history.map((h) => [h.topicId, h]));
  const parsed = candidates.flatMap((id) => {
    const json = cards.get(id);
    const card = json ? parseCard(json) : undefined;
    return card ? [{ id, due: card.due.getTime() }] : [];
  });

  const due = parsed.filter((c) => c.due <= now.getTime()).sort((a, b) => a.due - b.due).map((c) => c.id);
  const accuracy = new Map(input.practice.map((t) => [t.key, t.answered > 0 ? t.correct / t.answered : 1]));
  // A weak spot comes once a day at most: drilling one topic over and over is not spacing.
  const weak = parsed.map((c) => c.id)
    .filter((id) => !due.includes(id) && (accuracy.get(id) ?? 1) < WEAK_ACCURACY && (history.get(id)?.lastPostedAt.getTime() ?? 0) < dayStart.getTime())
    .sort((a, b) => (accuracy.get(a) ?? 1) - (accuracy.get(b) ?? 1));
  const reviews: { topicId: string; reason: PracticeReason }[] = [
    ...due.map((topicId) => ({ topicId, reason: 'due' as const })),
    ...weak.map((topicId) => ({ topicId, reason: 'weak' as const })),
  ];

  const fresh = candidates.filter((id) => !cards.has(id));
  // A topic asked but never answered is taken up again before another is opened; it was already counted.
  const resumable = fresh.find((id) => history.has(id));
  const untouched = fresh.filter((id) => !history.has(id));
  // Rotate through untouched topics by how much has been practised, so members don't all start alike.
  const done = input.practice.reduce((sum, t) => sum + t.answered, 0);
  const opened = untouched[done % Math.max(1, untouched.length)];
  const newTopic = resumable ?? (day.newToday < input.newPerDay ? opened : undefined);

  const review = reviews[0];
  if (newTopic && (!review || day.newToday <= day.reviewsToday)) return { kind: 'topic', topicId: newTopic, reason: 'new' };
  if (review) return { kind: 'topic', ...review };

  const soonest = [...parsed].sort((a, b) => a.due - b.due)[0];
  if (input.more) {
    if (opened) return { kind: 'topic', topicId: opened, reason: 'new' };
    if (soonest) return { kind: 'topic', topicId: soonest.id, reason: 'ahead' };
  }
  return { kind: 'done', day, ...(soonest ? { nextDue: new Date(soonest.due) } : {}) };
}

/** Which question of a topic comes next: the next one in turn, never the one just asked when there are others. */
export function nextQuestionIndex(poolIds: readonly string[], history: PracticeTopicHistory | undefined): number {
  if (poolIds.length === 0) return -1;
  const index = (history?.posts ?? 0) % poolIds.length;
  return poolIds.length > 1 && poolIds[index] === history?.lastQuestionId ? (index + 1) % poolIds.length : index;
}
