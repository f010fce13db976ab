import { EXAM_DOMAINS, type ExamDomainId } from '../../../content/schema.js';
import type { Tally } from '../quiz/quiz-store.js';

/**
 * How ready a member is, per exam domain and topic, from their answers and their spaced-repetition
 * cards. Pure: the service gathers the facts, this weighs them.
 */

/** What is known about one topic the member has met. */
export interface TopicEvidence {
  readonly topicId: string;
  readonly domain: string;
  readonly answered: number;
  readonly correct: number;
  /** Chance of recalling it now, from its practice card (0 to 1); absent if never practised. */
  readonly recall?: number;
  readonly lastPractised?: Date;
  readonly dueAt?: Date;
}

export type Verdict = 'ready' | 'almost' | 'not-yet';

export interface TopicReadiness extends TopicEvidence {
  /** Accuracy with a prior of one right and one wrong answer, so 0/1 (33%) ranks above 1/7 (22%). */
  readonly estimate: number;
}

export interface DomainReadiness {
  readonly domain: ExamDomainId;
  readonly answered: number;
  readonly correct: number;
  readonly estimate: number;
  /** Mean recall of the domain's practised topics, when any. */
  readonly recall?: number;
  readonly topicsMet: number;
  readonly topicsTotal: number;
  readonly verdict: Verdict;
}

export interface StudyStep {
  readonly topicId: string;
  readonly why: 'due' | 'weak' | 'new';
}

export interface Readiness {
  readonly domains: readonly DomainReadiness[];
  readonly topics: readonly TopicReadiness[];
  readonly next: readonly StudyStep[];
  readonly reviewsDue: number;
}

/** Laplace's rule: one imagined right and one imagined wrong answer before the real ones. */
export const estimate = (correct: number, answered: number): number => (correct + 1) / (answered + 2);

/** Thresholds of the verdicts, on the blend of accuracy and recall. */
const READY = { score: 0.75, answered: 8, coverage: 0.5 };
const ALMOST = { score: 0.6, answered: 4 };
/** Recall counts for this share of a domain's score when some of its topics have cards. */
const RECALL_WEIGHT = 0.3;
const NEXT_STEPS = 3;

export function verdictOf(score: number, answered: number, coverage: number): Verdict {
  if (score >= READY.score && answered >= READY.answered && coverage >= READY.coverage) return 'ready';
  if (score >= ALMOST.score && answered >= ALMOST.answered) return 'almost';
  return 'not-yet';
}

/**
 * Weighs the evidence. `topicsByDomain` lists every topic the bank can ask per domain (for coverage
 * and for suggesting new topics); `dueBy` is the end of the member's day, for reviews due today.
 * `byDomain` counts answers by the exam domain of each question answered: a topic's questions span
 * domains (Lambda pricing is Billing, Lambda itself Technology), so a domain's accuracy comes from
 * these when given, and only falls back to the topics' own domain when not. Recall and coverage are
 * per topic either way.
 */
export function assessReadiness(
  evidence: readonly TopicEvidence[], topicsByDomain: ReadonlyMap<string, readonly string[]>, dueBy: Date, byDomain?: readonly Tally[],
): Readiness {
  const topics: TopicReadiness[] = evidence.map((e) => ({ ...e, estimate: estimate(e.correct, e.answered) }));
  const domains = (Object.keys(EXAM_DOMAINS) as ExamDomainId[]).map((domain): DomainReadiness => {
    const mine = topics.filter((t) => t.domain === domain);
    const tally = byDomain?.find((t) => t.key === domain);
    const answered = byDomain ? (tally?.answered ?? 0) : sum(mine.map((t) => t.answered));
    const correct = byDomain ? (tally?.correct ?? 0) : sum(mine.map((t) => t.correct));
    const recalls = mine.flatMap((t) => (t.recall !== undefined ? [t.recall] : []));
    const recall = recalls.length > 0 ? sum(recalls) / recalls.length : undefined;
    const accuracy = estimate(correct, answered);
    const score = recall === undefined ? accuracy : (1 - RECALL_WEIGHT) * accuracy + RECALL_WEIGHT * recall;
    const topicsTotal = topicsByDomain.get(domain)?.length ?? 0;
    const topicsMet = mine.filter((t) => t.answered > 0).length;
    return {
      domain, answered, correct, estimate: accuracy, ...(recall !== undefined ? { recall } : {}), topicsMet, topicsTotal,
      verdict: verdictOf(score, answered, topicsTotal > 0 ? topicsMet / topicsTotal : 1),
    };
  });
  const due = topics.filter((t) => t.dueAt !== undefined && t.dueAt <= dueBy).sort((a, b) => (a.dueAt?.getTime() ?? 0) - (b.dueAt?.getTime() ?? 0));
  return { domains, topics, next: nextSteps(topics, due, domains, topicsByDomain), reviewsDue: due.length };
}

/** Reviews due first, then the weakest topics met, then a new topic in the domain that needs it most. */
function nextSteps(topics: readonly TopicReadiness[], due: readonly TopicReadiness[], domains: readonly DomainReadiness[], topicsByDomain: ReadonlyMap<string, readonly string[]>): StudyStep[] {
  const steps: StudyStep[] = [];
  const add = (topicId: string, why: StudyStep['why']) => {
    if (steps.length < NEXT_STEPS && !steps.some((s) => s.topicId === topicId)) steps.push({ topicId, why });
  };
  for (const t of due) add(t.topicId, 'due');
  const weak = topics.filter((t) => t.answered > 0 && t.estimate < READY.score).sort((a, b) => a.estimate - b.estimate || b.answered - a.answered);
  for (const t of weak.slice(0, 2)) add(t.topicId, 'weak');
  const met = new Set(topics.filter((t) => t.answered > 0).map((t) => t.topicId));
  // The domain where a point of readiness is worth most: heavy in the exam and far from ready.
  const needy = [...domains].sort((a, b) => need(b) - need(a));
  for (const d of needy) {
    const fresh = (topicsByDomain.get(d.domain) ?? []).find((id) => !met.has(id));
    if (fresh) add(fresh, 'new');
  }
  for (const t of weak) add(t.topicId, 'weak');
  return steps;
}

const need = (d: DomainReadiness) => EXAM_DOMAINS[d.domain].weight * (1 - d.estimate) * (d.topicsTotal > 0 ? 1 - d.topicsMet / d.topicsTotal / 2 : 1);

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** Tallies of several kinds (daily, practice, exam) added per key. */
export function mergeTallies(...lists: readonly (readonly Tally[])[]): Tally[] {
  const merged = new Map<string, { answered: number; correct: number }>();
  for (const t of lists.flat()) {
    const m = merged.get(t.key) ?? { answered: 0, correct: 0 };
    merged.set(t.key, { answered: m.answered + t.answered, correct: m.correct + t.correct });
  }
  return [...merged.entries()].map(([key, v]) => ({ key, ...v }));
}
