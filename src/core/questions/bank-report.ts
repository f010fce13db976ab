import type { Content } from '../../../content/load.js';
import { EXAM_DOMAINS } from '../../../content/schema.js';
import type { Question, QuestionBank } from './question.js';

/**
 * What a reviewer of the bank wants to know at a glance: its size by domain, kind and answer count,
 * which exam topics can be a key, and stems so alike that members would feel they saw them already.
 */
export interface BankReport {
  readonly size: number;
  readonly byDomain: Readonly<Record<string, number>>;
  readonly byKind: Readonly<Record<string, number>>;
  readonly selectTwo: number;
  /** Questions offering, among the distractors, a choice the model names as an alternative to the key. */
  readonly withAlternative: number;
  /** Current, in-scope topics that are the key of no question. */
  readonly topicsNeverKey: readonly string[];
  /** Pairs of stems whose word sets overlap more than the threshold. */
  readonly lookAlikes: readonly { readonly a: string; readonly b: string; readonly similarity: number }[];
  readonly problems: readonly string[];
}

/** Above this share of common words two stems read as the same question. */
export const LOOK_ALIKE_THRESHOLD = 0.8;

export function bankReport(bank: QuestionBank, content: Content): BankReport {
  const count = (key: (q: Question) => string) => {
    const out: Record<string, number> = {};
    for (const q of bank.all) out[key(q)] = (out[key(q)] ?? 0) + 1;
    return out;
  };
  const keyTopics = new Set(bank.all.flatMap((q) => q.keys.map((i) => q.options[i]?.topicId ?? '')));
  const topicsNeverKey = content.topics
    .filter((t) => t.examScope === 'in-scope' && t.lifecycle.status === 'available' && !keyTopics.has(t.id))
    .map((t) => t.id);
  return {
    size: bank.all.length,
    byDomain: Object.fromEntries(Object.keys(EXAM_DOMAINS).map((d) => [d, count((q) => q.domain)[d] ?? 0])),
    byKind: count((q) => q.kind),
    selectTwo: bank.all.filter((q) => q.pick === 2).length,
    withAlternative: bank.all.filter((q) => q.keys.some((k) => {
      const alternatives = content.model.choices.get(q.options[k]?.choiceId ?? '')?.alternativeTo ?? [];
      return q.options.some((o) => !o.correct && alternatives.includes(o.choiceId));
    })).length,
    topicsNeverKey,
    lookAlikes: lookAlikes(bank.all),
    problems: bank.problems,
  };
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2));
}

function lookAlikes(questions: readonly Question[]): BankReport['lookAlikes'] {
  const sets = questions.map((q) => ({ id: q.id, words: words(q.scenario) }));
  const out: { a: string; b: string; similarity: number }[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i];
      const b = sets[j];
      if (!a || !b) continue;
      let common = 0;
      for (const w of a.words) if (b.words.has(w)) common++;
      const similarity = common / (a.words.size + b.words.size - common);
      if (similarity > LOOK_ALIKE_THRESHOLD) out.push({ a: a.id, b: b.id, similarity: Math.round(similarity * 100) / 100 });
    }
  }
  return out;
}

export function formatReport(report: BankReport): string {
  const pct = (n: number) => `${n} (${Math.round((100 * n) / Math.max(1, report.size))}%)`;
  const lines = [
    `Questions: ${report.size}`,
    `By domain: ${Object.entries(report.byDomain).map(([d, n]) => `${d} ${pct(n)}`).join(', ')}`,
    `By kind: ${Object.entries(report.byKind).map(([k, n]) => `${k} ${pct(n)}`).join(', ')}`,
    `Select TWO: ${pct(report.selectTwo)}`,
    `With a distractor that is a known alternative to the key: ${pct(report.withAlternative)}`,
    `In-scope topics never the key: ${report.topicsNeverKey.length === 0 ? 'none' : report.topicsNeverKey.join(', ')}`,
    `Look-alike stems (over ${LOOK_ALIKE_THRESHOLD * 100}% common words): ${report.lookAlikes.length === 0 ? 'none' : report.lookAlikes.map((l) => `${l.a}~${l.b} ${l.similarity}`).join(', ')}`,
    `Problems: ${report.problems.length === 0 ? 'none' : `${report.problems.length}\n${report.problems.map((p) => `  - ${p}`).join('\n')}`}`,
  ];
  return `${lines.join('\n')}\n`;
}
