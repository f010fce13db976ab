import { createHash } from 'node:crypto';
import type { Content } from '../../../content/load.js';
import type { Topic } from '../../../content/schema.js';
import { TRAITS, type TraitId } from '../../../content/traits.js';
import type { Question, QuestionBank, QuestionOption } from './question.js';
import { satisfies } from './satisfies.js';

export type { QuestionBank } from './question.js';

/**
 * The scenario-question engine. Every question is composed from a few traits of its answer
 * (content/traits.ts): the scenario asks for them, the answer has them all, and each of the three
 * distractors, the nearest misses in the content, lacks at least one.
 *
 * Pure and deterministic: no randomness and no clock, so the same content gives the same bank in the
 * same order. A question's id is a hash of what it asks (answer, traits, wordings, opener), never of
 * its position, so a stored answer keeps pointing at the same question across restarts and deploys.
 */

/** Who the scenario is about. Each reads as the subject of "… needs …" and owns an "its". */
export const OPENERS = [
  'A small startup',
  'A hospital\'s IT team',
  'A university research group',
  'An online shop',
  'A bank\'s platform team',
  'A game studio',
  'A logistics company',
  'A news website',
  'A city council\'s IT department',
  'A two-person consultancy',
  'A video streaming company',
  'A school district',
] as const;

const QUESTION_STEM = 'Which AWS service fits best?';

/** Most questions per answer topic, so the bank is spread over topics. */
export const MAX_QUESTIONS_PER_TOPIC = 24;
/**
 * Most wordings of one trait combination (fewer when its traits have fewer wordings); more
 * combinations beat more wordings of the same one.
 */
export const MAX_VARIANTS_PER_SUBSET = 6;
const DISTRACTORS = 3;
/** Above this, a wrong option's explanation names only the first trait it lacks. */
const SHORT_EXPLANATION = 300;
/** Bump only to deliberately re-key every question. */
const ID_SCHEME = 'v1';

/** A topic the engine may make the right answer: on the exam, available, and described by traits. */
export function isEligibleAnswer(topic: Topic): boolean {
  return topic.examScope === 'in-scope' && topic.lifecycle.status === 'available' && topic.traits.length >= 2;
}

/** A topic that may appear as an option at all: it has traits to compare, and it still exists. */
function isOptionCandidate(topic: Topic): boolean {
  return topic.traits.length > 0 && topic.lifecycle.status !== 'retired';
}

export function buildQuestionBank(content: Content): QuestionBank {
  // Sorted by id with a plain comparison, so the order never depends on the locale or on load order.
  const candidates = [...content.topics].filter(isOptionCandidate).sort((a, b) => compare(a.id, b.id));
  const answers = candidates.filter(isEligibleAnswer);

  const all: Question[] = [];
  const ids = new Set<string>();
  const scenarios = new Set<string>();

  for (const answer of answers) {
    const plans = planSubsets(answer, candidates, answers);
    let made = 0;
    for (let variant = 0; variant < MAX_VARIANTS_PER_SUBSET && made < MAX_QUESTIONS_PER_TOPIC; variant++) {
      for (const plan of plans) {
        if (made >= MAX_QUESTIONS_PER_TOPIC) break;
        // A variant is a different wording, not just a different opener.
        if (variant >= wordingCount(plan.traits)) continue;
        const question = compose(answer, plan, variant);
        // Both are unique by construction; the checks keep a future content quirk from breaking the promise.
        if (ids.has(question.id) || scenarios.has(question.scenario)) continue;
        ids.add(question.id);
        scenarios.add(question.scenario);
        all.push(question);
        made++;
      }
    }
  }

  const byId = new Map(all.map((q) => [q.id, q]));
  const byTopic = new Map<string, Question[]>();
  for (const q of all) byTopic.set(q.topicId, [...(byTopic.get(q.topicId) ?? []), q]);
  return {
    all: Object.freeze(all),
    byId: (id) => byId.get(id),
    forTopic: (topicId) => byTopic.get(topicId) ?? [],
  };
}

interface SubsetPlan {
  /** Sorted trait ids. */
  readonly traits: readonly TraitId[];
  readonly distractors: readonly Topic[];
}

/**
 * The trait combinations (2 or 3 of the answer's traits) that make a fair question: no other possible
 * answer has them all, so a scenario never points at two services, and at least three topics miss one
 * of them. Combinations that no other topic at all satisfies come first; within each group the order
 * is a hash, so the capped bank covers a spread of traits rather than the alphabetically first.
 */
function planSubsets(answer: Topic, candidates: readonly Topic[], answers: readonly Topic[]): SubsetPlan[] {
  const traits = [...new Set(answer.traits)].sort(compare);
  const ranked: { plan: SubsetPlan; rank: number; key: string }[] = [];
  for (const subset of [...combinations(traits, 2), ...combinations(traits, 3)]) {
    if (answers.some((t) => t.id !== answer.id && satisfies(t, subset))) continue;
    const misses = candidates.filter((t) => t.id !== answer.id && !satisfies(t, subset));
    if (misses.length < DISTRACTORS) continue;
    const identifying = candidates.every((t) => t.id === answer.id || !satisfies(t, subset));
    ranked.push({
      plan: { traits: subset, distractors: nearestMisses(answer, misses) },
      rank: identifying ? 0 : 1,
      key: hex(`order|${subset.join(',')}`),
    });
  }
  ranked.sort((a, b) => a.rank - b.rank || compare(a.key, b.key));
  return ranked.map((r) => r.plan);
}

/** The misses most like the answer: most traits in common, then same category, then related, then id. */
function nearestMisses(answer: Topic, misses: readonly Topic[]): Topic[] {
  const score = (t: Topic) => t.traits.filter((x) => answer.traits.includes(x)).length;
  const related = (t: Topic) => answer.related.includes(t.id) || t.related.includes(answer.id);
  return [...misses]
    .sort((a, b) =>
      score(b) - score(a)
      || Number(b.category === answer.category) - Number(a.category === answer.category)
      || Number(related(b)) - Number(related(a))
      || compare(a.id, b.id))
    .slice(0, DISTRACTORS);
}

function compose(answer: Topic, plan: SubsetPlan, variant: number): Question {
  const subset = plan.traits;
  // The wording depends on the trait combination and the variant only, so a scenario reads the same
  // whichever content surrounds it.
  const seed = digest(`wording|${subset.join(',')}`);
  const openerIndex = (byte(seed, 0) + variant * 5) % OPENERS.length;
  const wordingIndexes = wordingCombination(subset, seed.readUInt32BE(4) + variant);

  const canonical = [ID_SCHEME, answer.id, subset.join(','), wordingIndexes.join(','), String(openerIndex)].join('|');
  const id = `q_${hex(canonical).slice(0, 12)}`;

  // Clause order follows from the id's inputs too, so an id always means one text.
  const clauses = subset.map((t, j) => TRAITS[t].needs[wordingIndexes[j] ?? 0] ?? TRAITS[t].needs[0]);
  const shift = (wordingIndexes.reduce((a, b) => a + b, 0) + openerIndex) % clauses.length;
  const ordered = [...clauses.slice(shift), ...clauses.slice(0, shift)];
  const scenario = `${OPENERS[openerIndex] ?? OPENERS[0]} ${joinAnd(ordered)}. ${QUESTION_STEM}`;

  const answerIndex = byte(digest(`answer|${id}`), 0) % (DISTRACTORS + 1);
  const wrong = [...plan.distractors].sort((a, b) => compare(hex(`option|${id}|${a.id}`), hex(`option|${id}|${b.id}`)));
  const options: QuestionOption[] = [];
  for (let i = 0, w = 0; i <= DISTRACTORS; i++) {
    if (i === answerIndex) {
      options.push({ topicId: answer.id, label: answer.name, correct: true, explanation: whyItFits(answer, subset) });
    } else {
      const topic = wrong[w++] as Topic;
      options.push({ topicId: topic.id, label: topic.name, correct: false, explanation: whyNot(topic, subset) });
    }
  }

  return Object.freeze({
    id,
    topicId: answer.id,
    domain: answer.examDomain,
    traitIds: Object.freeze([...subset]),
    scenario,
    options: Object.freeze(options.map((o) => Object.freeze(o))),
    answerIndex,
  });
}

/** How many different wordings a trait combination has. */
function wordingCount(subset: readonly TraitId[]): number {
  return subset.reduce((n, t) => n * TRAITS[t].needs.length, 1);
}

/** The n-th combination of wordings (one index per trait), counting in mixed radix. */
function wordingCombination(subset: readonly TraitId[], n: number): number[] {
  let rest = n % wordingCount(subset);
  return subset.map((t) => {
    const size = TRAITS[t].needs.length;
    const index = rest % size;
    rest = Math.floor(rest / size);
    return index;
  });
}

function whyItFits(topic: Topic, subset: readonly TraitId[]): string {
  // A fact with a colon of its own ("is serverless: …") reads best last.
  const facts = subset.map((t) => `it ${TRAITS[t].has}`).sort((a, b) => Number(a.includes(':')) - Number(b.includes(':')));
  return `${topic.name} fits: ${joinFacts(facts)}.`;
}

function whyNot(topic: Topic, subset: readonly TraitId[]): string {
  const lacking = subset.filter((t) => !topic.traits.includes(t));
  // A topic's own note says more than the catalog's generic wording, so noted traits come first.
  const reasons = lacking
    .map((t) => {
      const note = topic.traitNotes[t];
      return note ? { note: true, text: withoutPeriod(note) } : { note: false, text: `it ${TRAITS[t].lacks}` };
    })
    .sort((a, b) => Number(b.note) - Number(a.note));
  const [first, second] = reasons;
  let text = `${topic.name} does not fit: ${first?.text ?? 'it lacks what the scenario asks for'}.`;
  // A second reason only when one of the two is the short generic wording: two notes are too long.
  if (first && second && !(first.note && second.note)) {
    const more = !first.note && !second.note
      ? `${topic.name} does not fit: ${first.text}, and ${second.text}.`
      : `${text} ${second.note ? second.text : `Also, ${second.text}`}.`;
    if (more.length <= SHORT_EXPLANATION) text = more;
  }
  return text + lifecycleNote(topic);
}

function lifecycleNote(topic: Topic): string {
  const since = topic.lifecycle.since ? ` since ${monthYear(topic.lifecycle.since)}` : '';
  switch (topic.lifecycle.status) {
    case 'closed-to-new-customers': return ` It has also been closed to new customers${since}.`;
    case 'legacy': return ' It is also a legacy service.';
    case 'retired': return ` It has also been retired${since}.`;
    default: return '';
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthYear(isoDate: string): string {
  const [year, month] = isoDate.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${year ?? ''}`.trim();
}

/**
 * "a and b", "a, b and c" for scenario clauses; "a, and b" when a clause has an "and" of its own, so
 * the reader can tell where one need ends and the next begins.
 */
function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  const serial = parts.some((p) => / and /.test(p)) ? ',' : '';
  return `${parts.slice(0, -1).join(', ')}${serial} and ${parts[parts.length - 1]}`;
}

/** "a", "a, and b", "a, b, and c": the comma keeps "it …" facts apart when they contain "and". */
function joinFacts(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
}

function withoutPeriod(text: string): string {
  return text.trim().replace(/[.]+$/, '');
}

function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of combinations(items.slice(i + 1), size - 1)) out.push([item, ...rest]);
  });
  return out;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function byte(buffer: Buffer, index: number): number {
  return buffer[index % buffer.length] ?? 0;
}

/** Code-unit order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
