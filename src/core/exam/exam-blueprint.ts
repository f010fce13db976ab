import { EXAM_DOMAINS, type ExamDomainId } from '../../../content/schema.js';
import type { Question } from '../questions/question.js';

/** What a mock exam is: how many questions, how long, and the limits a member may ask for. */
export const DEFAULT_EXAM = { questions: 20, minutes: 30 } as const;
/** The real CLF-C02: 65 questions in 90 minutes. */
export const FULL_EXAM = { questions: 65, minutes: 90 } as const;
export const MAX_QUESTIONS = FULL_EXAM.questions;
export const MAX_MINUTES = 180;
/** A custom size without a time gets the default pace (30 minutes for 20 questions). */
const MINUTES_PER_QUESTION = DEFAULT_EXAM.minutes / DEFAULT_EXAM.questions;

export function defaultMinutes(questions: number): number {
  return Math.ceil(questions * MINUTES_PER_QUESTION);
}

/**
 * Questions per domain in the CLF-C02 weights, by largest remainder so the counts add up exactly
 * (20 questions: 5 cloud concepts, 6 security, 7 technology, 2 billing).
 */
export function domainMix(count: number): ReadonlyMap<ExamDomainId, number> {
  const ids = Object.keys(EXAM_DOMAINS) as ExamDomainId[];
  const total = ids.reduce((sum, id) => sum + EXAM_DOMAINS[id].weight, 0);
  const exact = ids.map((id) => ({ id, share: (count * EXAM_DOMAINS[id].weight) / total }));
  const mix = new Map(exact.map((e) => [e.id, Math.floor(e.share)] as const));
  let left = count - [...mix.values()].reduce((a, b) => a + b, 0);
  // Ties go to the heavier domain, as listed: deterministic, and closest to the real exam.
  for (const e of [...exact].sort((a, b) => (b.share % 1) - (a.share % 1))) {
    if (left <= 0) break;
    mix.set(e.id, (mix.get(e.id) ?? 0) + 1);
    left -= 1;
  }
  return mix;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Picks `count` questions in the domain mix: questions the member has not had in an earlier exam
 * first, and one wording per hand-written item where the bank allows (two wordings of one item would
 * give each other away). A domain the bank is short of is filled from the others. Undefined when the
 * bank has fewer than `count` questions.
 */
export function pickExamQuestions(bank: readonly Question[], count: number, seen: ReadonlySet<string>, random: () => number): Question[] | undefined {
  if (bank.length < count) return undefined;
  const usedFrames = new Set<string>();
  const taken = new Set<string>();
  const picked: Question[] = [];
  // Preference order, best first: unseen and a new item, unseen, seen and a new item, anything.
  const passes: ((q: Question) => boolean)[] = [
    (q) => !seen.has(q.id) && !usedFrames.has(q.frameId),
    (q) => !seen.has(q.id),
    (q) => !usedFrames.has(q.frameId),
    () => true,
  ];
  const take = (pool: readonly Question[], want: number): number => {
    let got = 0;
    for (const pass of passes) {
      for (const q of pool) {
        if (got >= want) return got;
        if (taken.has(q.id) || !pass(q)) continue;
        taken.add(q.id);
        usedFrames.add(q.frameId);
        picked.push(q);
        got += 1;
      }
    }
    return got;
  };
  const order = shuffled(bank, random);
  let short = 0;
  for (const [domain, want] of domainMix(count)) {
    short += want - take(order.filter((q) => q.domain === domain), want);
  }
  if (short > 0) take(order, short);
  // Mixed, as on the real exam, rather than domain by domain.
  return shuffled(picked, random);
}
