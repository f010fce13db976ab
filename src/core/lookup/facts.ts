import { containsWords } from '../text.js';
import { EXAM_DOMAINS, EXAM_SCOPES, type AspectId, type Fact, type Topic } from '../../../content/schema.js';

/** A fact that answers a question, and the aspect of the page it comes from. */
export interface FactHit {
  readonly fact: Pick<Fact, 'label' | 'value' | 'source'>;
  readonly aspect: AspectId;
  readonly score: number;
}

/** At most this many facts make an answer; more is a page, not an answer. */
const MAX_FACTS = 3;
/** A fact must score this share of the best one to join it. */
const KEEP_SHARE = 0.6;

interface AskableFact {
  readonly fact: Pick<Fact, 'label' | 'value' | 'source'>;
  readonly aspect: AspectId;
  readonly asks: readonly string[];
  readonly yes: readonly string[];
  readonly no: readonly string[];
}

const SCOPE_WORDS = ['on the exam', 'in the exam', 'in scope', 'out of scope', 'tested', 'exam', 'clf-c02', 'clf', 'certification'];
const GONE_WORDS = ['retired', 'deprecated', 'discontinued', 'end of life', 'eol', 'dead', 'shut down', 'shutdown', 'sunset'];
const ALIVE_WORDS = ['still available', 'available', 'still exist', 'still exists', 'still around', 'still supported'];

/**
 * Facts every topic has without writing them: whether the exam covers it, and whether it is still
 * offered. Both come from the typed scope and lifecycle, so they cannot drift from the page.
 */
function typedFacts(topic: Topic): AskableFact[] {
  const scope = topic.examScope;
  const onExam = scope === 'in-scope' || scope === 'concept';
  const status = topic.lifecycle.status;
  const statusText = status === 'available' ? 'Available' : status === 'retired'
    ? `Retired${topic.lifecycle.since ? ` since ${topic.lifecycle.since}` : ''}`
    : status === 'closed-to-new-customers' ? `Closed to new customers${topic.lifecycle.since ? ` since ${topic.lifecycle.since}` : ''}; existing customers can keep using it` : 'Legacy';
  return [
    {
      fact: { label: 'CLF-C02', value: `${EXAM_SCOPES[scope]} (${EXAM_DOMAINS[topic.examDomain].name})` },
      aspect: 'examTips',
      asks: SCOPE_WORDS,
      yes: onExam ? ['on the exam', 'in the exam', 'in scope', 'tested'] : ['out of scope'],
      no: onExam ? ['out of scope'] : ['on the exam', 'in the exam', 'in scope', 'tested'],
    },
    {
      fact: { label: 'Status', value: statusText, ...(topic.lifecycle.source ? { source: topic.lifecycle.source } : {}) },
      aspect: 'overview',
      asks: [...GONE_WORDS, ...ALIVE_WORDS, 'closed', 'new customers', 'status', 'lifecycle'],
      yes: status === 'retired' ? GONE_WORDS : status === 'available' ? ALIVE_WORDS : ['closed', 'closed to new customers'],
      no: status === 'retired' ? ALIVE_WORDS : GONE_WORDS,
    },
  ];
}

function askable(topic: Topic): AskableFact[] {
  const written = (Object.entries(topic.aspects) as [AspectId, Topic['aspects'][AspectId]][])
    .flatMap(([aspect, body]) => (body?.facts ?? []).map((f) => ({ fact: f, aspect, asks: f.asks, yes: f.yes, no: f.no })));
  // A written fact with the same label says more than the typed one (a date, what replaced it).
  const labels = new Set(written.map((w) => w.fact.label.toLowerCase()));
  return [...written, ...typedFacts(topic).filter((t) => !labels.has(t.fact.label.toLowerCase()))];
}

const weight = (phrase: string) => phrase.split(' ').length;

/**
 * The one to three facts of a topic that answer a question, and for a yes/no question the answer the
 * best fact gives ("can lambda run for hours" -> No, by the timeout fact).
 */
export function factsFor(topic: Topic, question: string, yesNo: boolean): { facts: FactHit[]; answer?: 'yes' | 'no' } {
  const text = ` ${question.toLowerCase()} `;
  const scored = askable(topic).map((f) => {
    const asked = f.asks.filter((p) => containsWords(text, p));
    const yes = yesNo ? f.yes.filter((p) => containsWords(text, p)) : [];
    const no = yesNo ? f.no.filter((p) => containsWords(text, p)) : [];
    const score = Math.max(0, ...asked.map(weight)) + Math.max(0, ...yes.map(weight), ...no.map(weight)) * 1.5;
    const answer = yes.length === 0 && no.length === 0 ? undefined
      : Math.max(...yes.map(weight), 0) >= Math.max(...no.map(weight), 0) ? 'yes' as const : 'no' as const;
    return { f, score, answer };
  }).filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return { facts: [] };
  const kept = scored.filter((s) => s.score >= best.score * KEEP_SHARE).slice(0, MAX_FACTS);
  return {
    facts: kept.map((s) => ({ fact: s.f.fact, aspect: s.f.aspect, score: s.score })),
    ...(best.answer ? { answer: best.answer } : {}),
  };
}
