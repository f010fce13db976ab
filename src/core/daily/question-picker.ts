import { createHash } from 'node:crypto';
import type { Question } from '../questions/question.js';
import { questionTextHash } from '../questions/text-hash.js';
import type { ReportedQuestion, Tally } from '../quiz/quiz-store.js';

/** Topics of the last few daily questions are avoided so the channel sees a spread. */
export const RECENT_TOPICS_AVOIDED = 5;

/**
 * Picks the channel's next daily question: never one the channel has had until the bank is used up,
 * not a topic from the last few days when avoidable, and leaning toward topics the channel gets
 * wrong. Deterministic for a given channel, date and history, so a retry picks the same question.
 */
export function pickDailyQuestion(
  bank: readonly Question[],
  asked: ReadonlySet<string>,
  recentTopics: readonly string[],
  channelTallies: readonly Tally[],
  seed: string,
): Question | undefined {
  const unasked = bank.filter((q) => !asked.has(q.id));
  const pool = unasked.length > 0 ? unasked : bank;
  const recent = new Set(recentTopics.slice(0, RECENT_TOPICS_AVOIDED));
  const fresh = pool.filter((q) => !recent.has(q.topicId));
  const candidates = fresh.length > 0 ? fresh : pool;
  if (candidates.length === 0) return undefined;

  // Weight per topic: 1 for topics the channel does well on or has not met, up to 4 for its worst.
  const errorRate = new Map(channelTallies.map((t) => [t.key, t.answered > 0 ? 1 - t.correct / t.answered : 0]));
  const byTopic = new Map<string, Question[]>();
  for (const q of candidates) byTopic.set(q.topicId, [...(byTopic.get(q.topicId) ?? []), q]);
  const topics = [...byTopic.keys()].sort();
  const weights = topics.map((t) => 1 + 3 * (errorRate.get(t) ?? 0));
  const total = weights.reduce((a, b) => a + b, 0);

  let roll = unitHash(`${seed}:topic`) * total;
  let chosen = topics[topics.length - 1] ?? '';
  for (const [i, topic] of topics.entries()) {
    roll -= weights[i] ?? 0;
    if (roll < 0) {
      chosen = topic;
      break;
    }
  }
  const questions = byTopic.get(chosen) ?? [];
  return questions[Math.floor(unitHash(`${seed}:question`) * questions.length)];
}

/**
 * The bank without the questions members reported, as long as their text is the one reported: a
 * question fixed since (new text, new hash) is askable again. Never empty while the bank is not.
 */
export function askableDaily(bank: readonly Question[], reported: readonly ReportedQuestion[]): readonly Question[] {
  if (reported.length === 0) return bank;
  const flagged = new Set(reported.map((r) => `${r.questionId}|${r.textHash}`));
  const askable = bank.filter((q) => !flagged.has(`${q.id}|${questionTextHash(q)}`));
  return askable.length > 0 ? askable : bank;
}

/** A number in [0, 1) from a string: stable across runs and machines. */
function unitHash(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}
